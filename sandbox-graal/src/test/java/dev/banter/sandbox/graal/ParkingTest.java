package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Notice;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.Version;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxListener;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.Tip;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.extension.Parking;
import dev.banter.core.extension.ParkingStats;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.core.time.ManualClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Idle instances are parked and resumed transparently, on virtual time, through the room lifecycle. */
class ParkingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final RoomId ALICE = RoomId.of("alice");
    private static final RoomId BOB = RoomId.of("bob");
    private static final Version V1 = Version.parse("1.0.0");
    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final String MANIFEST = """
            {"id": "tally", "name": "Tally", "version": "1.0.0", "kind": "bot", "api": "banter/1",
             "main": "main.js", "types": ["tip"], "permissions": ["notice", "kv", "timers"],
             "settings": [{"name": "label", "type": "string", "label": "Label", "default": "total"}]}
            """;
    private static final String CODE = Fixture.lines(
            "let loads = (globalThis.loads || 0) + 1;",
            "banter.on('tip', (tip, ctx) => {",
            "  const total = ctx.kv.incr('total', tip.amount);",
            "  if (tip.amount === 7) ctx.timers.after('ding', 30 * 60000);",
            "  ctx.room.notice(ctx.settings.label + ' ' + total + ' loads ' + loads);",
            "});",
            "banter.timer('ding', (t, ctx) => ctx.room.notice('ding ' + ctx.kv.get('total')));");

    @TempDir
    Path dir;

    private final ManualClock clock = ManualClock.startingAt(T0);
    private final InMemoryStateStore store = new InMemoryStateStore();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final AtomicLong heardParks = new AtomicLong();
    private final List<Long> resumeNanos = new CopyOnWriteArrayList<>();
    private BanterRuntime runtime;
    private Sandbox sandbox;
    private DefaultRoomExtensions rooms;

    private void start(Parking parking) {
        runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .timeSource(clock)
                .stateStore(store)
                .actionSink(this::record)
                .build();
        SandboxListener listener = new SandboxListener() {
            @Override
            public void parked(ExtensionInstance instance) {
                heardParks.incrementAndGet();
            }

            @Override
            public void resumed(ExtensionInstance instance, long tookNanos) {
                resumeNanos.add(tookNanos);
            }
        };
        sandbox = SandboxProvider.load("graal").create(SandboxConfig.of(1).withListener(listener));
        FileSystemCatalog catalog =
                FileSystemCatalog.open(dir, PlatformPolicy.permissive(), Clock.fixed(T0, ZoneOffset.UTC));
        catalog.submit(ExtensionPackages.of(MANIFEST, Map.of("main.js", CODE)));
        catalog.publish("tally", V1);
        rooms = DefaultRoomExtensions.newBuilder()
                .runtime(runtime)
                .sandbox(sandbox)
                .catalog(catalog)
                .state(store)
                .parking(parking)
                .build();
    }

    @AfterEach
    void stop() {
        if (rooms != null) {
            rooms.close();
            runtime.close();
            sandbox.close();
        }
    }

    private void record(ActionEnvelope envelope) {
        if (envelope.action() instanceof Notice n) {
            notices.add(Duration.between(T0, clock.now()).toMinutes() + "m "
                    + envelope.room().value() + " " + n.text());
        }
    }

    private void tip(RoomId room, long amount) {
        runtime.submit(Message.of(BuiltinTypes.TIP, room, User.viewer("carol"), new Tip(amount, "", false)))
                .toCompletableFuture()
                .join();
        runtime.openRoom(room).onLane(() -> null).toCompletableFuture().join();
    }

    private void install(RoomId room, Map<String, ?> settings) {
        rooms.install(InstallRequest.of(room, "tally", V1, "host").withSettings(settings));
    }

    @Test
    void idleInstance_parks_andResumesOnTheNextMessageWithKvSettingsAndSlotIntact() {
        start(Parking.after(clock, IDLE).withCheckEvery(Duration.ofMinutes(1)));
        install(ALICE, Map.of("label", "sum"));
        List<String> chain =
                runtime.openRoom(ALICE).handlers().stream().map(HandlerSpec::id).toList();
        tip(ALICE, 5);

        clock.advance(Duration.ofMinutes(9));
        assertThat(rooms.parking()).isEqualTo(new ParkingStats(0, 0, 0, 1));
        clock.advance(Duration.ofMinutes(2));
        assertThat(rooms.parking()).isEqualTo(new ParkingStats(1, 0, 1, 1));
        assertThat(heardParks).hasValue(1);

        tip(ALICE, 3);

        // kv and settings survive; the guest's globals start afresh, as after any re-creation of the context
        assertThat(notices).containsExactly("0m alice sum 5 loads 1", "11m alice sum 8 loads 1");
        assertThat(rooms.parking()).isEqualTo(new ParkingStats(1, 1, 0, 1));
        assertThat(resumeNanos).hasSize(1);
        assertThat(runtime.openRoom(ALICE).handlers().stream().map(HandlerSpec::id))
                .containsExactlyElementsOf(chain);
    }

    @Test
    void timer_wakesAParkedInstance() {
        start(Parking.after(clock, IDLE));
        install(ALICE, Map.of());
        tip(ALICE, 7);

        clock.advance(Duration.ofMinutes(20));
        assertThat(rooms.parking().parkedNow()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(15));

        assertThat(notices).containsExactly("0m alice total 7 loads 1", "30m alice ding 7");
        assertThat(rooms.parking().resumed()).isEqualTo(1);
    }

    @Test
    void busyInstance_isNotParked() {
        start(Parking.after(clock, IDLE).withCheckEvery(Duration.ofMinutes(1)));
        install(ALICE, Map.of());

        for (int i = 0; i < 8; i++) {
            tip(ALICE, 1);
            clock.advance(Duration.ofMinutes(9));
        }

        assertThat(rooms.parking()).isEqualTo(new ParkingStats(0, 0, 0, 1));
        assertThat(notices).hasSize(8).last().isEqualTo("63m alice total 8 loads 1");
    }

    @Test
    void maxLive_parksTheLeastRecentlyActiveBeyondTheCap() {
        start(Parking.after(clock, Duration.ofHours(1))
                .withCheckEvery(Duration.ofMinutes(1))
                .withMaxLive(1));
        install(ALICE, Map.of());
        install(BOB, Map.of());
        tip(ALICE, 1);
        clock.advance(Duration.ofSeconds(20));
        tip(BOB, 1);

        clock.advance(Duration.ofSeconds(50));

        assertThat(rooms.parking()).isEqualTo(new ParkingStats(1, 0, 1, 2));
        tip(ALICE, 2);
        assertThat(notices.getLast()).isEqualTo("1m alice total 3 loads 1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(rooms.parking()).isEqualTo(new ParkingStats(2, 1, 1, 2));
    }

    @Test
    void park_onlyAnActiveInstanceWithAContext_andAResumeIsNoRebuild() {
        try (Fixture f = new Fixture()) {
            Room room = f.room("carol");
            ExtensionInstance instance = f.sandbox.instantiate(InstanceSpec.of(
                    ExtensionSource.banter1("tally", CODE), room.id(), room.lane(), f.store, Fixture.ALL));
            instance.installInto(room);

            assertThat(room.onLane(() -> List.of(instance.park(), instance.park()))
                            .toCompletableFuture()
                            .join())
                    .containsExactly(true, false);
            f.runtime
                    .submit(Message.of(BuiltinTypes.TIP, room.id(), User.viewer("dan"), new Tip(2, "", false)))
                    .toCompletableFuture()
                    .join();

            assertThat(instance.parked()).isFalse();
            assertThat(instance.resumes()).isEqualTo(1);
            assertThat(instance.rebuilds()).isZero();
            assertThat(instance.lastEventMillis()).isNotEqualTo(Long.MIN_VALUE);
            instance.close();
            assertThat(instance.park()).isFalse();
        }
    }

    @Test
    void parking_refusesADurationUnderOneMillisecond() {
        assertThatThrownBy(() -> Parking.after(clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parking idle must be at least 1 ms, was PT0S");
        assertThatThrownBy(() -> Parking.after(clock, IDLE).withMaxLive(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parking maxLive must be 0 or more, was -1");
    }
}
