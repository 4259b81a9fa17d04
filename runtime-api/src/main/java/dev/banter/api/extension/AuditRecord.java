package dev.banter.api.extension;

import dev.banter.api.room.RoomId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One lifecycle change of an extension in a room, or one refused or failed attempt at one: who, what, when, from
 * which version to which, and how it ended. Every call of {@link RoomExtensions} that names a room and an extension
 * leaves exactly one record.
 *
 * @param sequence position in the trail, from 1, without gaps
 * @param at when it ended, by the lifecycle's clock
 * @param actor who asked
 * @param room the room
 * @param extensionId the extension
 * @param action what was asked
 * @param from the version running before, or null if none was
 * @param to the version running after a success (the one asked for, on a refusal or failure), or null if none
 * @param result how it ended
 * @param detail why it was refused or failed, or what changed (such as the names of changed settings); may be empty
 * @since 0.2
 */
public record AuditRecord(
        long sequence,
        Instant at,
        String actor,
        RoomId room,
        String extensionId,
        Action action,
        @Nullable Version from,
        @Nullable Version to,
        Result result,
        String detail) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(extensionId, "extensionId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
    }

    /** What was asked. */
    public enum Action {
        INSTALL,
        UNINSTALL,
        ENABLE,
        DISABLE,
        CHANGE_SETTINGS,
        UPGRADE,
        ROLLBACK,
        /** An installation read back from the state store after a restart ({@link RoomExtensions#restore}). */
        RESTORE
    }

    /** How it ended. */
    public enum Result {
        /** Done. */
        SUCCEEDED,
        /** Not attempted: the policy, the catalog or the room's state forbade it; nothing changed. */
        REFUSED,
        /** Attempted and failed (a load error, a failing migration); nothing changed, the old version runs on. */
        FAILED
    }
}
