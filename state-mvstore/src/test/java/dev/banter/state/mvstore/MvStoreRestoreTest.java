package dev.banter.state.mvstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Notice;
import dev.banter.api.extension.AuditRecord;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.Version;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.Tip;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.time.ManualClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host restarting on an MVStore file gets its rooms' extensions back, with their settings, kv and timers. */
class MvStoreRestoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final RoomId ROOM = RoomId.of("alice");
    private static final Version V1 = Version.parse("1.0.0");
    private static final String MANIFEST = """
            {"id": "tally", "name": "Tally", "version": "1.0.0", "kind": "bot", "api": "banter/1",
             "main": "main.js", "types": ["tip"], "permissions": ["notice", "kv", "timers"],
             "settings": [{"name": "label", "type": "string", "label": "Label", "default": "total"}]}
            """;
    private static final String CODE = String.join(
            "\n",
            "banter.on('tip', (tip, ctx) => {",
            "  const total = ctx.kv.incr('total', tip.amount);",
            "  ctx.timers.after('ding', 10 * 60000);",
            "  ctx.room.notice(ctx.settings.label + ' ' + total);",
            "});",
            "banter.timer('ding', (t, ctx) => ctx.room.notice('ding ' + ctx.kv.get('total') + (t.late ? ' late' : '')));");

    @TempDir
    Path dir;

    private final ManualClock clock = ManualClock.startingAt(T0);
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private MvStoreStateStore store;
    private BanterRuntime runtime;
    private Sandbox sandbox;
    private DefaultRoomExtensions rooms;

    private void start() {
        store = MvStoreStateStore.open(dir.resolve("state.mv.db"));
        runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .timeSource(clock)
                .stateStore(store)
                .actionSink(this::record)
                .build();
        sandbox = SandboxProvider.load("graal").create(SandboxConfig.of(1));
        FileSystemCatalog catalog = FileSystemCatalog.open(
                dir.resolve("catalog"), PlatformPolicy.permissive(), Clock.fixed(T0, ZoneOffset.UTC));
        if (catalog.versions("tally").isEmpty()) {
            catalog.submit(ExtensionPackages.of(MANIFEST, Map.of("main.js", CODE)));
            catalog.publish("tally", V1);
        }
        rooms = DefaultRoomExtensions.newBuilder()
                .runtime(runtime)
                .sandbox(sandbox)
                .catalog(catalog)
                .state(store)
                .build();
    }

    @AfterEach
    void stop() {
        rooms.close();
        runtime.close();
        sandbox.close();
        store.close();
    }

    private void record(ActionEnvelope envelope) {
        if (envelope.action() instanceof Notice n) {
            notices.add(Duration.between(T0, clock.now()).toMinutes() + "m " + n.text());
        }
    }

    private void tip(long amount) {
        runtime.submit(Message.of(BuiltinTypes.TIP, ROOM, User.viewer("carol"), new Tip(amount, "", false)))
                .toCompletableFuture()
                .join();
        runtime.openRoom(ROOM).onLane(() -> null).toCompletableFuture().join();
    }

    @Test
    void restart_onTheSameFile_restoresInstallationsKvTimersAndAudit() {
        start();
        rooms.install(InstallRequest.of(ROOM, "tally", V1, "alice").withSettings(Map.of("label", "sum")));
        tip(5);
        List<AuditRecord> audit = rooms.audit();
        stop();

        clock.advance(Duration.ofMinutes(15));
        start();
        rooms.restoreAll();
        runtime.openRoom(ROOM).onLane(() -> null).toCompletableFuture().join(); // the lane restores the timer
        clock.advance(Duration.ZERO);
        tip(3);

        assertThat(notices).containsExactly("0m sum 5", "15m ding 5 late", "15m sum 8");
        assertThat(rooms.installed(ROOM)).singleElement().satisfies(e -> {
            assertThat(e.settings()).containsEntry("label", "sum");
            assertThat(e.enabled()).isTrue();
        });
        assertThat(rooms.audit()).startsWith(audit.toArray(AuditRecord[]::new));
        assertThat(rooms.audit().getLast().action()).isEqualTo(AuditRecord.Action.RESTORE);
    }
}
