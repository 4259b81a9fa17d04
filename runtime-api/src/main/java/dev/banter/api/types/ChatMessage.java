package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code chat.message}: a chat line a user sent to the room.
 *
 * @param body the text, 1..4096 chars
 * @since 0.1
 */
public record ChatMessage(String body) implements Payload {

    public ChatMessage {
        Objects.requireNonNull(body, "body");
    }
}
