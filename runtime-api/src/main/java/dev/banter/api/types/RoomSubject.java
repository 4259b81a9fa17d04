package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code room.subject}: the room subject changed.
 *
 * @param subject the new subject
 * @since 0.1
 */
public record RoomSubject(String subject) implements Payload {

    public RoomSubject {
        Objects.requireNonNull(subject, "subject");
    }
}
