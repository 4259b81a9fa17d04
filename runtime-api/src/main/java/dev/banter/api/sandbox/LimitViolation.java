package dev.banter.api.sandbox;

import dev.banter.api.room.RoomId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One broken limit, as reported to the host's {@link SandboxListener}.
 *
 * @param limit which limit
 * @param extension the extension id
 * @param version the extension version
 * @param room the room of the instance
 * @param messageId the message being handled, or null when loading or outside a message
 * @param messageType that message's type name, or null
 * @param measured what was measured, in the limit's unit (milliseconds, statements, bytes, characters, count)
 * @param limitValue the limit in the same unit
 * @param detail a short human-readable explanation
 * @param at when it was detected
 * @since 0.1
 */
public record LimitViolation(
        LimitKind limit,
        String extension,
        String version,
        RoomId room,
        @Nullable String messageId,
        @Nullable String messageType,
        long measured,
        long limitValue,
        String detail,
        Instant at) {

    public LimitViolation {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }

    /**
     * One line for logs: {@code deadline exceeded by tipgoal@1.2.0 in room r1 on chat.message: 31 > 20 (...)}; a floor
     * reads {@code 0 < 1000}.
     */
    public String describe() {
        return limit.key() + " exceeded by " + extension + "@" + version + " in room " + room.value()
                + (messageType == null ? " while loading" : " on " + messageType) + ": " + measured
                + (limit.isFloor() ? " < " : " > ") + limitValue + " (" + detail + ")";
    }
}
