package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code chat.private}: a private message between a user and the room owner.
 *
 * @param to the recipient's user name
 * @param body the text, 1..4096 chars
 * @since 0.1
 */
public record PrivateMessage(String to, String body) implements Payload {

    public PrivateMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
    }
}
