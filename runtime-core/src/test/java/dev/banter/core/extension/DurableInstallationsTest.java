package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Permission;
import dev.banter.api.extension.AuditRecord;
import dev.banter.api.extension.AuditRecord.Action;
import dev.banter.api.extension.AuditRecord.Result;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.InstalledExtension;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.Version;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.spi.StateScope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.Tip;
import dev.banter.core.state.InMemoryStateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installations and audit records survive a restart: a new runtime and lifecycle on the same store and catalog. */
class DurableInstallationsTest {

    private static final RoomId ROOM = RoomId.of("alice");
    private static final RoomId OTHER = RoomId.of("bob");
    private static final Version V1 = Version.parse("1.0.0");
    private static final Version V2 = Version.parse("2.0.0");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final InMemoryStateStore store = new InMemoryStateStore();
    private FileSystemCatalog catalog;
    private BanterRuntime runtime;
    private DefaultRoomExtensions rooms;

    @BeforeEach
    void setUp() {
        catalog = FileSystemCatalog.open(dir, PlatformPolicy.permissive(), CLOCK);
        start(3);
    }

    @AfterEach
    void tearDown() {
        runtime.close();
    }

    private void start(int auditLimit) {
        runtime = BanterRuntime.newBuilder().lanes(2).maxBotsPerRoom(3).build();
        rooms = DefaultRoomExtensions.newBuilder()
                .runtime(runtime)
                .sandbox(new FakeSandbox(2))
                .catalog(catalog)
                .state(store)
                .clock(CLOCK)
                .auditLimit(auditLimit)
                .build();
    }

    /** The host stops and starts again: the same store and catalog, a new runtime, sandbox and lifecycle. */
    private void restart() {
        runtime.close();
        start(3);
    }

    private void publish(String id, String version) {
        catalog.submit(Packages.bot(id, version, ""));
        catalog.publish(id, Version.parse(version));
    }

    private void tip(RoomId room, long amount) {
        runtime.submit(Message.of(BuiltinTypes.TIP, room, User.viewer("carol"), new Tip(amount, "", false)))
                .toCompletableFuture()
                .join();
        runtime.openRoom(room).onLane(() -> null).toCompletableFuture().join();
    }

    private String total(String id, RoomId room) {
        return store.get(new StateScope(id, room), "total").orElse(null);
    }

    private List<String> handlerIds(RoomId room) {
        return runtime.openRoom(room).handlers().stream().map(HandlerSpec::id).toList();
    }

    private static String describe(InstalledExtension e) {
        return e.id() + "@" + e.version() + (e.enabled() ? "" : " disabled") + " previous=" + e.previous()
                + " settings=" + e.settings() + " grants=" + e.grants();
    }

    @Test
    void restore_bringsBackVersionsSettingsGrantsFlagsAndChainOrder() {
        catalog.submit(Packages.withSettings("goal", "1.0.0"));
        catalog.publish("goal", V1);
        publish("counter", "1.0.0");
        publish("counter", "2.0.0");
        publish("quiet", "1.0.0");
        rooms.install(InstallRequest.of(ROOM, "counter", V1, "alice"));
        rooms.install(InstallRequest.of(ROOM, "goal", V1, "alice")
                .withSettings(Map.of("goal", 500))
                .withGrants(Set.of(Permission.NOTICE)));
        rooms.install(InstallRequest.of(ROOM, "quiet", V1, "alice"));
        rooms.upgrade(ROOM, "counter", V2, "alice");
        rooms.disable(ROOM, "quiet", "alice");
        tip(ROOM, 40);
        List<String> before = rooms.installed(ROOM).stream()
                .map(DurableInstallationsTest::describe)
                .toList();
        List<String> chainBefore = handlerIds(ROOM);

        restart();
        assertThat(rooms.installed(ROOM)).isEmpty();
        List<InstalledExtension> restored = rooms.restore(ROOM);
        tip(ROOM, 2);

        assertThat(restored.stream().map(DurableInstallationsTest::describe)).containsExactlyElementsOf(before);
        assertThat(before.get(1)).contains("settings={goal=500, color=#ff0000}", "grants=[NOTICE]");
        assertThat(handlerIds(ROOM)).containsExactlyElementsOf(chainBefore).containsExactly("ext:counter", "ext:goal");
        assertThat(total("counter", ROOM)).isEqualTo("42");
        assertThat(total("quiet", ROOM)).isNull();
        assertThat(rooms.rollback(ROOM, "counter", "alice").version()).isEqualTo(V1);
    }

    @Test
    void restore_keepsTheOrderAnEnableGave() {
        publish("first", "1.0.0");
        publish("second", "1.0.0");
        rooms.install(InstallRequest.of(ROOM, "first", V1, "alice"));
        rooms.install(InstallRequest.of(ROOM, "second", V1, "alice"));
        rooms.disable(ROOM, "first", "alice");
        rooms.enable(ROOM, "first", "alice");

        restart();
        rooms.restore(ROOM);

        assertThat(handlerIds(ROOM)).containsExactly("ext:second", "ext:first");
    }

    @Test
    void restoreAll_restoresEveryStoredRoom_andUninstallForgets() {
        publish("counter", "1.0.0");
        publish("other", "1.0.0");
        rooms.install(InstallRequest.of(ROOM, "counter", V1, "alice"));
        rooms.install(InstallRequest.of(OTHER, "counter", V1, "bob"));
        rooms.install(InstallRequest.of(OTHER, "other", V1, "bob"));
        rooms.uninstall(OTHER, "counter", "bob");

        restart();
        List<InstalledExtension> all = rooms.restoreAll();

        assertThat(all)
                .extracting(e -> e.room().value() + "/" + e.id())
                .containsExactlyInAnyOrder("alice/counter", "bob/other");
        assertThat(handlerIds(OTHER)).containsExactly("ext:other");
    }

    @Test
    void restore_twiceLeavesWhatRunsAlone() {
        publish("counter", "1.0.0");
        rooms.install(InstallRequest.of(ROOM, "counter", V1, "alice"));

        restart();
        rooms.restore(ROOM);
        rooms.restore(ROOM);
        tip(ROOM, 5);

        assertThat(rooms.installed(ROOM)).hasSize(1);
        assertThat(total("counter", ROOM)).isEqualTo("5");
        assertThat(rooms.audit(ROOM).stream().filter(r -> r.action() == Action.RESTORE))
                .hasSize(1);
    }

    @Test
    void restore_ofAWithdrawnVersionKeepsItDisabledAndAuditsTheRefusal() {
        publish("counter", "1.0.0");
        publish("counter", "2.0.0");
        rooms.install(InstallRequest.of(ROOM, "counter", V1, "alice"));
        catalog.withdraw("counter", V1);

        restart();
        List<InstalledExtension> restored = rooms.restore(ROOM);

        assertThat(restored)
                .singleElement()
                .satisfies(e -> assertThat(e.enabled()).isFalse());
        assertThat(handlerIds(ROOM)).isEmpty();
        AuditRecord last = rooms.audit(ROOM).getLast();
        assertThat(last.action()).isEqualTo(Action.RESTORE);
        assertThat(last.result()).isEqualTo(Result.REFUSED);
        assertThat(last.actor()).isEqualTo(DefaultRoomExtensions.RESTORE_ACTOR);
        assertThat(last.detail()).contains("counter@1.0.0");
        assertThat(rooms.upgrade(ROOM, "counter", V2, "alice").version()).isEqualTo(V2);
    }

    @Test
    void audit_survivesARestart_boundedPerRoom_andItsSequenceGoesOn() {
        publish("counter", "1.0.0");
        rooms.install(InstallRequest.of(ROOM, "counter", V1, "alice"));
        rooms.disable(ROOM, "counter", "alice");
        rooms.enable(ROOM, "counter", "alice");
        rooms.disable(ROOM, "counter", "alice");
        List<AuditRecord> before = rooms.audit(ROOM);

        restart();
        rooms.restore(ROOM);

        // the store kept the last three of the four records, then the restore added one
        assertThat(rooms.audit(ROOM)).hasSize(4);
        assertThat(rooms.audit(ROOM).subList(0, 3)).containsExactlyElementsOf(before.subList(1, 4));
        assertThat(rooms.audit(ROOM).getLast().sequence()).isEqualTo(5);
        assertThat(rooms.audit(ROOM).getLast().action()).isEqualTo(Action.RESTORE);
        assertThat(rooms.audit(ROOM).getLast().result()).isEqualTo(Result.SUCCEEDED);
    }

    @Test
    void restore_ofACorruptRecordNamesItsScopeAndKey() {
        store.put(new StateScope(InstallationStore.INSTALLATIONS, ROOM), "counter", "{\"version\": 7}");

        assertThatThrownBy(() -> rooms.restore(ROOM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("banter:installations/alice key 'counter'")
                .hasMessageContaining("{\\\"version\\\": 7}");
    }

    @Test
    void auditLimit_belowOneIsRefused() {
        assertThatThrownBy(() -> DefaultRoomExtensions.newBuilder().auditLimit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("auditLimit must be at least 1, was 0");
    }
}
