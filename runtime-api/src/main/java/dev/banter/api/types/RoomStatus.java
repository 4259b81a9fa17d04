package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code room.status}: the room's show status changed.
 *
 * @param status one of {@code public, private, group, away, hidden, offline}
 * @since 0.1
 */
public record RoomStatus(String status) implements Payload {

    public RoomStatus {
        Objects.requireNonNull(status, "status");
    }
}
