package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code tip}: a user tipped the room.
 *
 * @param amount tokens, 1..1,000,000
 * @param note the tip note, 0..512 chars
 * @param anonymous whether the tipper asked to stay anonymous
 * @since 0.1
 */
public record Tip(long amount, String note, boolean anonymous) implements Payload {

    public Tip {
        Objects.requireNonNull(note, "note");
    }
}
