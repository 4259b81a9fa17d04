package dev.banter.api.extension;

import dev.banter.api.action.Permission;
import dev.banter.api.room.RoomId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An extension as installed in a room, as {@link RoomExtensions} reports it. A snapshot: every lifecycle change
 * yields a new one.
 *
 * @param room the room
 * @param manifest the manifest of the running version
 * @param settings the resolved settings (defaults filled in)
 * @param grants the permissions granted in the room
 * @param enabled whether its handlers are in the room's chain
 * @param previous the version a {@link RoomExtensions#rollback rollback} returns to, or null
 * @since 0.2
 */
public record InstalledExtension(
        RoomId room,
        ExtensionManifest manifest,
        Map<String, Object> settings,
        Set<Permission> grants,
        boolean enabled,
        @Nullable Version previous) {

    public InstalledExtension {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(manifest, "manifest");
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        grants = Set.copyOf(grants);
    }

    /** The extension's id. */
    public String id() {
        return manifest.id();
    }

    /** The running version. */
    public Version version() {
        return manifest.version();
    }

    /** App or bot. */
    public ExtensionKind kind() {
        return manifest.kind();
    }
}
