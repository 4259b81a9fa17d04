package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.BanterRuntime;
import dev.banter.api.ExtensionException;
import dev.banter.api.action.Permission;
import dev.banter.api.extension.AuditRecord;
import dev.banter.api.extension.AuditRecord.Action;
import dev.banter.api.extension.AuditRecord.Result;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.InstalledExtension;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.Version;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.InstanceState;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
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
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultRoomExtensionsTest {

    private static final RoomId ROOM = RoomId.of("alice");
    private static final Version V1 = Version.parse("1.0.0");
    private static final Version V2 = Version.parse("2.0.0");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private BanterRuntime runtime;
    private FakeSandbox sandbox;
    private InMemoryStateStore store;
    private FileSystemCatalog catalog;
    private DefaultRoomExtensions rooms;
    private final List<AuditRecord> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        open(PlatformPolicy.permissive());
    }

    private void open(PlatformPolicy policy) {
        runtime = BanterRuntime.newBuilder().lanes(2).maxBotsPerRoom(3).build();
        sandbox = new FakeSandbox(2);
        store = new InMemoryStateStore();
        catalog = FileSystemCatalog.open(dir, policy, CLOCK);
        rooms = lifecycle(builder -> builder.listener(heard::add).clock(CLOCK));
    }

    private DefaultRoomExtensions lifecycle(UnaryOperator<DefaultRoomExtensions.Builder> configure) {
        return configure
                .apply(DefaultRoomExtensions.newBuilder()
                        .runtime(runtime)
                        .sandbox(sandbox)
                        .catalog(catalog)
                        .state(store))
                .build();
    }

    @AfterEach
    void tearDown() {
        runtime.close();
    }

    private void publish(String id, String version, String code) {
        catalog.submit(Packages.bot(id, version, code));
        catalog.publish(id, Version.parse(version));
    }

    private void tip(long amount) {
        runtime.submit(Message.of(BuiltinTypes.TIP, ROOM, User.viewer("bob"), new Tip(amount, "", false)))
                .toCompletableFuture()
                .join();
        settle();
    }

    private void settle() {
        runtime.openRoom(ROOM).onLane(() -> null).toCompletableFuture().join();
    }

    private String kv(String id, String key) {
        return store.get(new StateScope(id, ROOM), key).orElse(null);
    }

    private List<String> handlerIds() {
        return runtime.openRoom(ROOM).handlers().stream().map(HandlerSpec::id).toList();
    }

    @Test
    void install_runsThePublishedVersionInTheRoom() {
        publish("tipgoal", "1.0.0", "");

        InstalledExtension installed = rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));
        tip(25);

        assertThat(installed.version()).isEqualTo(V1);
        assertThat(installed.enabled()).isTrue();
        assertThat(installed.grants()).containsExactlyInAnyOrder(Permission.NOTICE, Permission.SUBJECT);
        assertThat(handlerIds()).containsExactly("ext:tipgoal");
        assertThat(kv("tipgoal", "total")).isEqualTo("25");
        assertThat(rooms.installed(ROOM)).containsExactly(installed);
    }

    @Test
    void publishInstallUpgradeRollbackUninstall_keepsStateAndAuditsEachStep() {
        publish("tipgoal", "1.0.0", "");
        publish("tipgoal", "2.0.0", "migrate");
        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));
        tip(10);
        store.put(new StateScope("tipgoal", ROOM), "count", "7");

        InstalledExtension upgraded = rooms.upgrade(ROOM, "tipgoal", V2, "alice");
        tip(5);

        assertThat(upgraded.version()).isEqualTo(V2);
        assertThat(upgraded.previous()).isEqualTo(V1);
        assertThat(kv("tipgoal", "from")).isEqualTo("\"1.0.0\"");
        assertThat(kv("tipgoal", "total")).isEqualTo("12"); // migrated count 7, then a tip of 5
        assertThat(sandbox.made.getFirst().state()).isEqualTo(InstanceState.CLOSED);

        InstalledExtension rolledBack = rooms.rollback(ROOM, "tipgoal", "alice");
        tip(1);

        assertThat(rolledBack.version()).isEqualTo(V1);
        assertThat(rolledBack.previous()).isNull();
        assertThat(kv("tipgoal", "total")).isEqualTo("13");

        rooms.uninstall(ROOM, "tipgoal", "alice");

        assertThat(handlerIds()).isEmpty();
        assertThat(rooms.installed(ROOM, "tipgoal")).isEmpty();
        assertThat(kv("tipgoal", "total")).isEqualTo("13"); // state outlives the installation
        assertThat(sandbox.liveInstances()).isZero();
        assertThat(rooms.audit())
                .extracting(
                        AuditRecord::action,
                        r -> String.valueOf(r.from()),
                        r -> String.valueOf(r.to()),
                        AuditRecord::result)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.INSTALL, "null", "1.0.0", Result.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple(Action.UPGRADE, "1.0.0", "2.0.0", Result.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple(Action.ROLLBACK, "2.0.0", "1.0.0", Result.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple(Action.UNINSTALL, "1.0.0", "null", Result.SUCCEEDED));
        assertThat(heard).isEqualTo(rooms.audit());
        assertThat(rooms.audit()).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("alice");
            assertThat(r.room()).isEqualTo(ROOM);
            assertThat(r.extensionId()).isEqualTo("tipgoal");
            assertThat(r.at()).isEqualTo(CLOCK.instant());
        });
        assertThat(rooms.audit()).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void upgrade_withAFailingMigrationLeavesTheOldVersionRunning() {
        publish("tipgoal", "1.0.0", "");
        publish("tipgoal", "2.0.0", "migrate-fails");
        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));
        tip(10);

        assertThatThrownBy(() -> rooms.upgrade(ROOM, "tipgoal", V2, "alice"))
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("migration failed");
        tip(3);

        assertThat(rooms.installed(ROOM, "tipgoal"))
                .hasValueSatisfying(i -> assertThat(i.version()).isEqualTo(V1));
        assertThat(sandbox.made.getFirst().state()).isEqualTo(InstanceState.ACTIVE);
        assertThat(sandbox.made.getLast().state()).isEqualTo(InstanceState.CLOSED);
        assertThat(kv("tipgoal", "total")).isEqualTo("13");
        AuditRecord failed = rooms.audit().getLast();
        assertThat(failed.action()).isEqualTo(Action.UPGRADE);
        assertThat(failed.result()).isEqualTo(Result.FAILED);
        assertThat(failed.from()).isEqualTo(V1);
        assertThat(failed.to()).isEqualTo(V2);
        assertThat(failed.detail()).contains("migration failed");
    }

    @Test
    void upgrade_whoseCodeFailsToLoadLeavesTheOldVersionRunning() {
        publish("tipgoal", "1.0.0", "");
        publish("tipgoal", "2.0.0", "load-fails");
        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));

        assertThatThrownBy(() -> rooms.upgrade(ROOM, "tipgoal", V2, "alice")).isInstanceOf(ExtensionException.class);

        assertThat(handlerIds()).containsExactly("ext:tipgoal");
        assertThat(rooms.audit().getLast().result()).isEqualTo(Result.FAILED);
    }

    @Test
    void upgrade_keepsTheBotsPlaceInTheChain() {
        publish("first", "1.0.0", "");
        publish("second", "1.0.0", "");
        publish("second", "2.0.0", "");
        publish("third", "1.0.0", "");
        for (String id : List.of("first", "second", "third")) {
            rooms.install(InstallRequest.of(ROOM, id, V1, "alice"));
        }

        rooms.upgrade(ROOM, "second", V2, "alice");

        assertThat(handlerIds()).containsExactly("ext:first", "ext:second", "ext:third");
        assertThat(rooms.installed(ROOM))
                .extracting(i -> i.id() + "@" + i.version())
                .containsExactly("first@1.0.0", "second@2.0.0", "third@1.0.0");
    }

    @Test
    void install_ofAWithdrawnVersionIsRefused() {
        publish("tipgoal", "1.0.0", "");
        catalog.withdraw("tipgoal", V1);

        assertThatThrownBy(() -> rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("state: expected a version in state [PUBLISHED], got WITHDRAWN");
        assertThat(handlerIds()).isEmpty();
        AuditRecord refused = rooms.audit().getLast();
        assertThat(refused.result()).isEqualTo(Result.REFUSED);
        assertThat(refused.to()).isEqualTo(V1);
        assertThat(refused.from()).isNull();
    }

    @Test
    void install_ofADraftIsRefused() {
        catalog.submit(Packages.bot("tipgoal", "1.0.0", ""));

        assertThatThrownBy(() -> rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("got DRAFT");
    }

    @Test
    void install_withAnUndeclaredPermissionIsRefused() {
        publish("tipgoal", "1.0.0", "");

        assertThatThrownBy(() -> rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice")
                        .withGrants(Set.of(Permission.NOTICE, Permission.MODERATION_BAN))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("grants: expected a permission the manifest declares [notice, subject], got"
                        + " \"moderation.ban\"");
        assertThat(sandbox.made).isEmpty();
    }

    @Test
    void install_ofAnUnreviewedVersionIsRefusedWhenReviewIsRequired() {
        publish("tipgoal", "1.0.0", ""); // published while the catalog's policy did not require review
        rooms = lifecycle(builder -> builder.policy(PlatformPolicy.permissive().withReviewRequired(true)));

        assertThatThrownBy(() -> rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("reviewedBy: expected a review");
    }

    @Test
    void install_ofADeniedIdIsRefused() {
        publish("tipgoal", "1.0.0", "");
        rooms = lifecycle(builder -> builder.policy(PlatformPolicy.permissive().withDenied("tipgoal")));

        assertThatThrownBy(() -> rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("id: expected an extension the platform does not deny, got \"tipgoal\"");
    }

    @Test
    void install_limitsAboveTheMaximaAreRefused() {
        // a catalog that takes looser limits than the rooms' platform policy allows
        catalog = FileSystemCatalog.open(
                dir.resolve("loose"),
                PlatformPolicy.permissive().withMaxima(SandboxLimits.defaults().with(LimitKind.DEADLINE, 100)));
        catalog.submit(Packages.pkg("slow", "1.0.0", "bot", "", "\"limits\": {\"deadline\": 50}"));
        catalog.publish("slow", V1);
        rooms = lifecycle(builder -> builder.policy(
                PlatformPolicy.permissive().withMaxima(SandboxLimits.defaults().with(LimitKind.DEADLINE, 30))));

        assertThatThrownBy(() -> rooms.install(InstallRequest.of(ROOM, "slow", V1, "alice")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("limits.deadline: expected at most 30 ms (the platform maximum), got 50");
    }

    @Test
    void install_givesTheInstanceItsLimitsWithinTheMaxima() {
        catalog.submit(Packages.pkg("quick", "1.0.0", "bot", "", "\"limits\": {\"deadline\": 10}"));
        catalog.publish("quick", V1);

        rooms.install(InstallRequest.of(ROOM, "quick", V1, "alice"));

        assertThat(sandbox.made.getFirst().spec().limits().get(LimitKind.DEADLINE))
                .isEqualTo(10);
    }

    @Test
    void install_twiceOrASecondAppIsRefused() {
        publish("tipgoal", "1.0.0", "");
        catalog.submit(Packages.pkg("app-one", "1.0.0", "app", "", ""));
        catalog.publish("app-one", V1);
        catalog.submit(Packages.pkg("app-two", "1.0.0", "app", "", ""));
        catalog.publish("app-two", V1);
        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));
        rooms.install(InstallRequest.of(ROOM, "app-one", V1, "alice"));

        assertThatThrownBy(() -> rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("installed in room alice already, at 1.0.0");
        assertThatThrownBy(() -> rooms.install(InstallRequest.of(ROOM, "app-two", V1, "alice")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a room runs one app");
        assertThat(rooms.installed(ROOM)).extracting(InstalledExtension::id).containsExactly("app-one", "tipgoal");
    }

    @Test
    void install_ofAnUnknownVersionIsRefused() {
        assertThatThrownBy(() -> rooms.install(InstallRequest.of(ROOM, "ghost", V1, "alice")))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("ghost@1.0.0");
        assertThat(rooms.audit().getLast().result()).isEqualTo(Result.REFUSED);
    }

    @Test
    void install_validatesSettingsAndFillsDefaults() {
        catalog.submit(Packages.withSettings("goal", "1.0.0"));
        catalog.publish("goal", V1);

        assertThatThrownBy(() -> rooms.install(
                        InstallRequest.of(ROOM, "goal", V1, "alice").withSettings(Map.of("goal", 5000))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("values.goal: expected an integer 1..1000, got 5000");

        InstalledExtension installed =
                rooms.install(InstallRequest.of(ROOM, "goal", V1, "alice").withSettings(Map.of("goal", 500)));

        assertThat(installed.settings()).containsExactly(Map.entry("goal", 500L), Map.entry("color", "#ff0000"));
        assertThat(sandbox.made.getFirst().spec().settings()).isEqualTo(installed.settings());
    }

    @Test
    void changeSettings_replacesTheInstanceAndDeliversSettingsChange() {
        catalog.submit(Packages.withSettings("goal", "1.0.0"));
        catalog.publish("goal", V1);
        rooms.install(InstallRequest.of(ROOM, "goal", V1, "alice"));

        InstalledExtension changed = rooms.changeSettings(ROOM, "goal", Map.of("goal", 250), "mod");
        settle();

        assertThat(changed.settings()).containsEntry("goal", 250L).containsEntry("color", "#ff0000");
        assertThat(sandbox.made).hasSize(2);
        assertThat(sandbox.made.getFirst().state()).isEqualTo(InstanceState.CLOSED);
        assertThat(sandbox.settingsEvents).containsExactly("goal@1.0.0 goal [goal] {color=#ff0000, goal=250}");
        AuditRecord record = rooms.audit().getLast();
        assertThat(record.action()).isEqualTo(Action.CHANGE_SETTINGS);
        assertThat(record.actor()).isEqualTo("mod");
        assertThat(record.detail()).contains("goal=250");
    }

    @Test
    void changeSettings_withABadValueChangesNothing() {
        catalog.submit(Packages.withSettings("goal", "1.0.0"));
        catalog.publish("goal", V1);
        rooms.install(InstallRequest.of(ROOM, "goal", V1, "alice"));

        assertThatThrownBy(() -> rooms.changeSettings(ROOM, "goal", Map.of("color", "red"), "mod"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("values.color: expected a colour #rrggbb, got \"red\"");

        assertThat(rooms.installed(ROOM, "goal").orElseThrow().settings()).containsEntry("color", "#ff0000");
        assertThat(sandbox.made).hasSize(1);
        assertThat(rooms.audit().getLast().result()).isEqualTo(Result.REFUSED);
    }

    @Test
    void disableAndEnable_takeTheHandlersOutAndBack() {
        publish("tipgoal", "1.0.0", "");
        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));

        assertThat(rooms.disable(ROOM, "tipgoal", "alice").enabled()).isFalse();
        tip(5);
        assertThat(handlerIds()).isEmpty();
        assertThat(kv("tipgoal", "total")).isNull();
        assertThatThrownBy(() -> rooms.disable(ROOM, "tipgoal", "alice"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("disabled in room alice already");

        assertThat(rooms.enable(ROOM, "tipgoal", "alice").enabled()).isTrue();
        tip(5);
        assertThat(kv("tipgoal", "total")).isEqualTo("5");
    }

    @Test
    void enable_ofAVersionWithdrawnMeanwhileIsRefused() {
        publish("tipgoal", "1.0.0", "");
        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));
        rooms.disable(ROOM, "tipgoal", "alice");
        catalog.withdraw("tipgoal", V1);

        assertThatThrownBy(() -> rooms.enable(ROOM, "tipgoal", "alice"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("got WITHDRAWN");
    }

    @Test
    void rollback_withoutAnUpgradeIsRefused() {
        publish("tipgoal", "1.0.0", "");
        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));

        assertThatThrownBy(() -> rooms.rollback(ROOM, "tipgoal", "alice"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no previous version");
    }

    @Test
    void rollback_toAWithdrawnVersionIsRefused_butADeprecatedOneIsAllowed() {
        publish("tipgoal", "1.0.0", "");
        publish("tipgoal", "2.0.0", "");
        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));
        rooms.upgrade(ROOM, "tipgoal", V2, "alice");
        catalog.deprecate("tipgoal", V1);

        assertThat(rooms.rollback(ROOM, "tipgoal", "alice").version()).isEqualTo(V1);

        rooms.upgrade(ROOM, "tipgoal", V2, "alice");
        catalog.withdraw("tipgoal", V1);
        assertThatThrownBy(() -> rooms.rollback(ROOM, "tipgoal", "alice"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("got WITHDRAWN");
        assertThat(rooms.installed(ROOM, "tipgoal").orElseThrow().version()).isEqualTo(V2);
    }

    @Test
    void upgrade_toADeprecatedVersionIsRefused() {
        publish("tipgoal", "1.0.0", "");
        publish("tipgoal", "2.0.0", "");
        catalog.deprecate("tipgoal", V2);
        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));

        assertThatThrownBy(() -> rooms.upgrade(ROOM, "tipgoal", V2, "alice"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("got DEPRECATED");
    }

    @Test
    void calls_forAnExtensionNotInstalledAreRefusedAndAudited() {
        assertThatThrownBy(() -> rooms.uninstall(ROOM, "ghost", "alice"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("extension 'ghost' is not installed in room alice");
        assertThat(rooms.audit(ROOM)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(Action.UNINSTALL);
            assertThat(r.result()).isEqualTo(Result.REFUSED);
        });
        assertThat(rooms.audit(RoomId.of("bob"))).isEmpty();
    }

    @Test
    void listener_failureDoesNotBreakTheLifecycle() {
        publish("tipgoal", "1.0.0", "");
        rooms = lifecycle(builder -> builder.listener(r -> {
            throw new IllegalStateException("listener broke");
        }));

        rooms.install(InstallRequest.of(ROOM, "tipgoal", V1, "alice"));

        assertThat(rooms.audit()).hasSize(1);
        assertThat(handlerIds()).containsExactly("ext:tipgoal");
    }
}
