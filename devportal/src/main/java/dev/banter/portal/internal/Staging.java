package dev.banter.portal.internal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.extension.AuditRecord;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.InstalledExtension;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.state.InMemoryStateStore;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A staging room where published versions are installed, upgraded and rolled back through the production room
 * lifecycle ({@link DefaultRoomExtensions}) on the portal's catalog, so an author sees what a platform's room would
 * do, and its lifecycle audit trail. Started on first use.
 */
final class Staging implements AutoCloseable {

    static final RoomId ROOM = RoomId.of("staging");

    private final FileSystemCatalog catalog;
    private @Nullable BanterRuntime runtime;
    private @Nullable Sandbox sandbox;
    private @Nullable DefaultRoomExtensions rooms;

    Staging(FileSystemCatalog catalog) {
        this.catalog = catalog;
    }

    /** Installs a version, or upgrades to it if the extension is installed already. */
    synchronized Map<String, Object> install(String id, String version) {
        DefaultRoomExtensions r = rooms();
        InstalledExtension done = r.installed(ROOM, id).isPresent()
                ? r.upgrade(ROOM, id, Versions.version(version), "portal")
                : r.install(InstallRequest.of(ROOM, id, Versions.version(version), "portal"));
        return installed(done);
    }

    /** Rolls back to the version before the last upgrade. */
    synchronized Map<String, Object> rollback(String id) {
        return installed(rooms().rollback(ROOM, id, "portal"));
    }

    /** Uninstalls the extension. */
    synchronized void uninstall(String id) {
        rooms().uninstall(ROOM, id, "portal");
    }

    /** What is installed and the lifecycle audit trail. */
    synchronized Map<String, Object> state() {
        if (rooms == null) {
            return Router.map("room", ROOM.value(), "installed", List.of(), "audit", List.of());
        }
        return Router.map(
                "room", ROOM.value(),
                "installed",
                        rooms.installed(ROOM).stream().map(Staging::installed).toList(),
                "audit", rooms.audit(ROOM).stream().map(Staging::audit).toList());
    }

    private DefaultRoomExtensions rooms() {
        if (rooms == null) {
            runtime = BanterRuntime.newBuilder().lanes(1).build();
            sandbox = SandboxProvider.load("graal")
                    .create(SandboxConfig.of(1)
                            .withMaxima(catalog.policy().maxima())
                            .withTypes(runtime.types().types()));
            rooms = DefaultRoomExtensions.newBuilder()
                    .runtime(runtime)
                    .sandbox(sandbox)
                    .catalog(catalog)
                    .state(new InMemoryStateStore())
                    .build();
        }
        return rooms;
    }

    private static Map<String, Object> installed(InstalledExtension e) {
        return Router.map(
                "id",
                e.id(),
                "version",
                e.version().toString(),
                "enabled",
                e.enabled(),
                "previous",
                e.previous() == null ? null : e.previous().toString());
    }

    private static Map<String, Object> audit(AuditRecord a) {
        return Router.map(
                "sequence", a.sequence(),
                "at", a.at().toString(),
                "actor", a.actor(),
                "action", a.action().name(),
                "extension", a.extensionId(),
                "from", a.from() == null ? null : a.from().toString(),
                "to", a.to() == null ? null : a.to().toString(),
                "result", a.result().name(),
                "detail", a.detail());
    }

    @Override
    public synchronized void close() {
        if (rooms != null) {
            rooms.close();
        }
        if (runtime != null) {
            runtime.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
