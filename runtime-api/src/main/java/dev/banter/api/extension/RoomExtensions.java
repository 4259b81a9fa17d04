package dev.banter.api.extension;

import dev.banter.api.room.RoomId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The life of catalog extensions in rooms: install, enable and disable, change settings, upgrade, roll back,
 * uninstall. Every call that names a room and an extension leaves one {@link AuditRecord} (success, refusal or
 * failure) in {@link #audit()} and passes it to the {@link LifecycleListener}.
 *
 * <pre>
 *  install ──► ENABLED ◄──enable/disable──► DISABLED
 *                 │  ▲                          │
 *     upgrade(v)  │  │ rollback()               │ uninstall (from either)
 *   (migrate hook)▼  │ (no hook)                ▼
 *              ENABLED at v ──── uninstall ──► gone (state kept in the StateStore)
 * </pre>
 *
 * <p><b>Slots.</b> A room runs at most one app and up to the runtime's number of bots
 * ({@link dev.banter.api.BanterRuntime.Builder#maxBotsPerRoom}). Within a room's chain the app runs first, then the
 * bots in the order they were installed; an upgrade, a rollback or a settings change keeps the extension's place,
 * while disabling and enabling again moves a bot to the end. Installing a second app is refused.
 *
 * <p><b>Settings.</b> Values are checked with {@link SettingsSchema#resolve}; a change replaces the instance with
 * one that sees the new settings and then sends the room a {@code settings.change} message naming the changed
 * settings, which the new instance handles if it subscribes to it.
 *
 * <p><b>Upgrade.</b> The new version is loaded beside the old one, which keeps handling messages. Then, on the room's
 * lane (between two messages), the new version's migration hook runs once if it has one ({@code banter/1}:
 * {@code banter.migrate((fromVersion, kv) => ...)}), under the load deadline and the version's limits, and its kv
 * writes are committed only if it succeeds; the new version then takes the old one's place in one chain swap. If
 * loading or migrating fails, the old version runs on untouched and the failure is audited. State lives per
 * (extension, room), so it carries over to the new version as it is.
 *
 * <p><b>Rollback</b> returns to the version running before the last upgrade, without a migration hook: state is kept
 * as the newer version left it. A version may be rolled back to while {@code PUBLISHED} or {@code DEPRECATED}.
 *
 * <p>Threading: thread-safe; calls are serialized. Never call from a room's lane thread (a handler): upgrades and
 * settings changes wait for the lane.
 *
 * @since 0.2
 */
public interface RoomExtensions {

    /**
     * Installs a version into a room, enabled.
     *
     * @throws ValidationException if the policy refuses it (denied id, not reviewed, not {@code PUBLISHED}, limits
     *     above the maxima, a granted permission the manifest does not declare) or the settings do not fit
     * @throws java.util.NoSuchElementException if the catalog has no such version
     * @throws IllegalStateException if the extension is installed in the room already, or its slot is taken
     * @throws dev.banter.api.ExtensionException if its code fails to load
     */
    InstalledExtension install(InstallRequest request);

    /**
     * Removes an extension from a room and closes its instance. Its kv state stays in the store.
     *
     * @throws IllegalStateException if it is not installed there
     */
    void uninstall(RoomId room, String extensionId, String actor);

    /**
     * Puts a disabled extension's handlers back into the room's chain, loading it again.
     *
     * @throws IllegalStateException if it is not installed or not disabled
     * @throws ValidationException if its version was withdrawn meanwhile
     */
    InstalledExtension enable(RoomId room, String extensionId, String actor);

    /**
     * Takes an extension's handlers out of the room's chain and closes its instance, keeping its installation.
     *
     * @throws IllegalStateException if it is not installed or not enabled
     */
    InstalledExtension disable(RoomId room, String extensionId, String actor);

    /**
     * Changes some settings; the names not given keep their values. Delivers {@code settings.change} to the room.
     *
     * @throws ValidationException naming each bad value, at {@code values.<name>}
     * @throws IllegalStateException if it is not installed there
     */
    InstalledExtension changeSettings(RoomId room, String extensionId, Map<String, ?> values, String actor);

    /**
     * Upgrades (or downgrades) to another version of the same kind, keeping state, running its migration hook.
     *
     * @throws ValidationException if the policy refuses the target, or the current settings do not fit its schema
     * @throws IllegalStateException if it is not installed, or the target is the running version or of another kind
     * @throws dev.banter.api.ExtensionException if the target fails to load or its migration fails; the old version
     *     runs on
     */
    InstalledExtension upgrade(RoomId room, String extensionId, Version target, String actor);

    /**
     * Returns to the version that ran before the last upgrade.
     *
     * @throws IllegalStateException if there is no previous version
     * @throws ValidationException if the previous version was withdrawn or is otherwise refused
     */
    InstalledExtension rollback(RoomId room, String extensionId, String actor);

    /** The extension as installed in the room, if it is. */
    Optional<InstalledExtension> installed(RoomId room, String extensionId);

    /** Everything installed in a room: the app first, then the bots in chain order. */
    List<InstalledExtension> installed(RoomId room);

    /**
     * Puts back what was installed in a room before a restart, from the state store the lifecycle was given: each
     * extension at its version, with its settings, grants, enabled flag and rollback version, in its chain order.
     * The room's stored audit records join {@link #audit()}. Enabled extensions are loaded again, which restores
     * their kv (it never left the store) and their stored timers (the engine restores them when the handler is
     * installed; one that fell due meanwhile fires once, late). Each restored extension leaves a
     * {@link AuditRecord.Action#RESTORE} record.
     *
     * <p>Call it at start-up, before the room's first message, once the catalog holds the versions. Extensions the
     * lifecycle runs already are left alone, so calling it twice is harmless. An extension whose version the catalog
     * no longer has is skipped (and stays stored, for a later try); one whose version may not run any more (the
     * policy refuses it, for example withdrawn) or fails to load is restored disabled, so a host can upgrade or
     * uninstall it. Each is audited ({@code REFUSED} when the policy or the catalog refuses, {@code FAILED} when loading
     * fails); none stops the others.
     *
     * @return everything installed in the room afterwards, as {@link #installed(RoomId)}
     * @throws dev.banter.api.spi.StateStoreException if the store cannot be read
     * @throws IllegalStateException if the store holds a record it cannot read, naming its scope and key
     * @since 0.3
     */
    List<InstalledExtension> restore(RoomId room);

    /**
     * {@link #restore Restores} every room with stored installations.
     *
     * @return everything installed in those rooms afterwards
     * @since 0.3
     */
    List<InstalledExtension> restoreAll();

    /** The whole audit trail, oldest first. */
    List<AuditRecord> audit();

    /** The audit records of one room, oldest first. */
    default List<AuditRecord> audit(RoomId room) {
        return audit().stream().filter(r -> r.room().equals(room)).toList();
    }
}
