package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Notice;
import dev.banter.api.extension.AuditRecord;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.RoomExtensions;
import dev.banter.api.extension.Version;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateScope;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.FileSystemCatalog;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle with real JavaScript: publish, install, upgrade with a migration, roll back, uninstall. */
class LifecycleTest {

    private static final RoomId ROOM = RoomId.of("alice");
    private static final String V1 = """
            banter.on('tip', (t, ctx) => { ctx.kv.incr('tips', t.amount); });
            banter.command('total', (c, ctx) => ctx.room.notice('v1 total ' + (ctx.kv.get('tips') || 0)));
            """;
    private static final String V2 = """
            banter.migrate((from, kv) => {
              kv.set('total', { amount: kv.get('tips') || 0, since: from });
              kv.delete('tips');
            });
            banter.on('tip', (t, ctx) => {
              const total = ctx.kv.get('total');
              ctx.kv.set('total', { amount: total.amount + t.amount, since: total.since });
            });
            banter.command('total', (c, ctx) => ctx.room.notice('v2 total ' + ctx.kv.get('total').amount
                + ' of ' + ctx.settings.goal));
            """;
    private static final String BROKEN = "banter.migrate(() => { throw new Error('no way'); });";

    @TempDir
    Path dir;

    private final Fixture fx = new Fixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private static String manifest(String version, String settings) {
        return """
                {"id": "tipgoal", "name": "Tip goal", "version": "%s", "kind": "bot", "api": "banter/1",
                 "main": "main.js", "types": ["tip"], "commands": ["total"], "permissions": ["notice", "kv"]%s}
                """.formatted(version, settings);
    }

    private String lastNotice() {
        return ((Notice) fx.delivered(1).getLast()).text();
    }

    @Test
    void publishInstallUpgradeRollbackUninstall_keepsTheRoomsState() {
        FileSystemCatalog catalog = FileSystemCatalog.open(dir, PlatformPolicy.permissive());
        String goal = ", \"settings\": [{\"name\": \"goal\", \"type\": \"int\", \"label\": \"Goal\", \"default\": 100,"
                + " \"min\": 1, \"max\": 10000}]";
        catalog.submit(ExtensionPackages.of(manifest("1.0.0", ""), Map.of("main.js", V1)));
        catalog.submit(ExtensionPackages.of(manifest("2.0.0", goal), Map.of("main.js", V2)));
        catalog.submit(ExtensionPackages.of(manifest("2.0.1", ""), Map.of("main.js", BROKEN)));
        for (String v : new String[] {"1.0.0", "2.0.0", "2.0.1"}) {
            catalog.publish("tipgoal", Version.parse(v));
        }
        RoomExtensions rooms = DefaultRoomExtensions.newBuilder()
                .runtime(fx.runtime)
                .sandbox(fx.sandbox)
                .catalog(catalog)
                .state(fx.store)
                .build();
        StateScope scope = new StateScope("tipgoal", ROOM);

        rooms.install(InstallRequest.of(ROOM, "tipgoal", Version.parse("1.0.0"), "alice"));
        fx.tip("alice", "bob", 30);
        fx.tip("alice", "carol", 12);
        fx.chat("alice", "bob", "!total");
        assertThat(lastNotice()).isEqualTo("v1 total 42");

        rooms.upgrade(ROOM, "tipgoal", Version.parse("2.0.0"), "alice");
        assertThat(fx.store.get(scope, "total")).hasValue("{\"amount\":42,\"since\":\"1.0.0\"}");
        fx.tip("alice", "bob", 8);
        fx.chat("alice", "bob", "!total");
        assertThat(lastNotice()).isEqualTo("v2 total 50 of 100");

        assertThatThrownBy(() -> rooms.upgrade(ROOM, "tipgoal", Version.parse("2.0.1"), "alice"))
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("no way");
        fx.tip("alice", "bob", 1);
        fx.chat("alice", "bob", "!total");
        assertThat(lastNotice()).isEqualTo("v2 total 51 of 100");

        rooms.rollback(ROOM, "tipgoal", "alice");
        fx.chat("alice", "bob", "!total");
        // v1 reads its old key, which the migration moved: rollback keeps state as the newer version left it
        assertThat(lastNotice()).isEqualTo("v1 total 0");

        rooms.uninstall(ROOM, "tipgoal", "alice");
        assertThat(fx.room("alice").handlers()).isEmpty();
        assertThat(fx.sandbox.liveInstances()).isZero();
        assertThat(fx.store.get(scope, "total")).hasValue("{\"amount\":51,\"since\":\"1.0.0\"}");
        assertThat(rooms.audit())
                .extracting(r -> r.action() + " " + r.from() + "->" + r.to() + " " + r.result())
                .containsExactly(
                        "INSTALL null->1.0.0 SUCCEEDED",
                        "UPGRADE 1.0.0->2.0.0 SUCCEEDED",
                        "UPGRADE 2.0.0->2.0.1 FAILED",
                        "ROLLBACK 2.0.0->1.0.0 SUCCEEDED",
                        "UNINSTALL 1.0.0->null SUCCEEDED");
        assertThat(rooms.audit()).extracting(AuditRecord::actor).containsOnly("alice");
    }
}
