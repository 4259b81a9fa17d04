package dev.banter.api.spi;

import dev.banter.api.room.RoomId;
import java.util.Objects;

/**
 * Whose state a key belongs to: one extension (or handler) in one room.
 *
 * @param owner the extension or handler id
 * @param room the room
 * @since 0.1
 */
public record StateScope(String owner, RoomId room) {

    public StateScope {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(room, "room");
        if (owner.isEmpty() || owner.length() > 128) {
            throw new IllegalArgumentException("state owner must be 1..128 chars: '" + owner + "'");
        }
    }
}
