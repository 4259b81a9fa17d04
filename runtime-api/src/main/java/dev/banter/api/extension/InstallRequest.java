package dev.banter.api.extension;

import dev.banter.api.action.Permission;
import dev.banter.api.room.RoomId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to install one extension version into one room.
 *
 * @param room the room
 * @param extensionId the extension
 * @param version the version; it must be {@code PUBLISHED}
 * @param settings the broadcaster's values, checked with {@link SettingsSchema#resolve}; defaults fill the rest
 * @param grants the permissions granted in the room, each declared by the manifest; null grants every declared one
 * @param actor who asks, for the audit trail
 * @since 0.2
 */
public record InstallRequest(
        RoomId room,
        String extensionId,
        Version version,
        Map<String, ?> settings,
        @Nullable Set<Permission> grants,
        String actor) {

    public InstallRequest {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(extensionId, "extensionId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(actor, "actor");
        settings = Map.copyOf(settings);
        grants = grants == null ? null : Set.copyOf(grants);
    }

    /** A request without settings values, granting every declared permission. */
    public static InstallRequest of(RoomId room, String extensionId, Version version, String actor) {
        return new InstallRequest(room, extensionId, version, Map.of(), null, actor);
    }

    /** A copy with these settings values. */
    public InstallRequest withSettings(Map<String, ?> values) {
        return new InstallRequest(room, extensionId, version, values, grants, actor);
    }

    /** A copy granting exactly these permissions. */
    public InstallRequest withGrants(Set<Permission> granted) {
        return new InstallRequest(room, extensionId, version, settings, granted, actor);
    }
}
