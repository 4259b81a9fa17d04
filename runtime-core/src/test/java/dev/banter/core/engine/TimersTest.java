package dev.banter.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Permission;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.StateStoreException;
import dev.banter.api.spi.TimeSource;
import dev.banter.core.engine.TimerRig.Fired;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimersTest {

    private TimerRig rig;

    @AfterEach
    void close() {
        if (rig != null) {
            rig.close();
        }
    }

    private TimerRig rigWithBot() {
        rig = new TimerRig();
        rig.install(rig.bot("bot"));
        return rig;
    }

    @Test
    void oneShot_firesOnceAtItsDueTime_onlyToItsHandler() {
        rigWithBot().say("after t 5");

        rig.advance(4);
        assertThat(rig.fired).isEmpty();
        rig.advance(1);
        rig.advance(100);

        assertThat(rig.fired).containsExactly(new Fired("bot", "t", 5, 1, 0, false, "bot"));
        assertThat(rig.metrics().timersFired()).isEqualTo(1);
        assertThat(rig.metrics().byType()).containsEntry("timer", 1L);
        assertThat(rig.store.keys(new StateScope("timers:bot", RoomId.of(TimerRig.ROOM))))
                .isEmpty();
        assertThat(rig.sunk).extracting(ActionEnvelope::action).containsExactly(ScheduleTimer.once("t", seconds(5)));
    }

    @Test
    void repeating_firesAtAFixedRate_eachFiringAtItsOwnInstant() {
        rigWithBot();
        rig.advance(3);
        rig.say("every t 10");

        rig.advance(42); // one call: the clock stops at 13, 23, 33 and 43

        assertThat(rig.fired)
                .extracting(Fired::second, Fired::firing, Fired::skipped, Fired::late)
                .containsExactly(
                        tuple(13L, 1L, 0L, false),
                        tuple(23L, 2L, 0L, false),
                        tuple(33L, 3L, 0L, false),
                        tuple(43L, 4L, 0L, false));
    }

    @Test
    void repeating_wokenLate_skipsTheMissedPeriodsOnceAndStaysOnItsGrid() {
        JumpClock jump = new JumpClock();
        rig = new TimerRig(b -> b, jump);
        rig.install(rig.bot("bot"));
        rig.say("every t 10");

        jump.jumpTo(55); // the host slept through 10..50: one firing, not five
        jump.jumpTo(60);

        assertThat(rig.fired)
                .extracting(Fired::second, Fired::firing, Fired::skipped, Fired::late)
                .containsExactly(tuple(55L, 1L, 4L, true), tuple(60L, 2L, 0L, false));
        assertThat(rig.metrics().timerPeriodsSkipped()).isEqualTo(4);
    }

    @Test
    void cancel_stopsTheTimer_andAnUnknownLabelIsANoOp() {
        rigWithBot().say("every t 10");
        rig.advance(10);
        rig.say("cancel t");
        rig.say("cancel nothing");
        rig.advance(50);

        assertThat(rig.firedLabelsAndSeconds()).containsExactly("t@10");
        assertThat(rig.clock.pendingWakeups()).isZero();
    }

    @Test
    void schedule_sameLabel_replacesTheTimer() {
        rigWithBot().say("every t 10");
        rig.advance(5);
        rig.say("after t 20");
        rig.advance(60);

        assertThat(rig.fired).containsExactly(new Fired("bot", "t", 25, 1, 0, false, "bot"));
    }

    @Test
    void limits_refuseShortIntervalsAndTooManyTimers_butAllowReplacing() {
        rig = new TimerRig(b -> b.timers(2, Duration.ofSeconds(5)));
        rig.install(rig.bot("bot"));

        rig.say("after short 2");
        rig.say("every a 10");
        rig.say("every b 10");
        rig.say("every c 10");
        rig.say("every a 20");
        rig.advance(20);

        assertThat(rig.firedLabelsAndSeconds()).containsExactly("b@10", "b@20", "a@20");
        assertThat(rig.metrics().timersRefused()).isEqualTo(2);
        assertThat(rig.sunk)
                .extracting(e -> ((ScheduleTimer) e.action()).label())
                .containsExactly("a", "b", "a");
    }

    @Test
    void timersBuilder_rejectsOutOfRangeLimits_namingThem() {
        BanterRuntime.Builder builder = BanterRuntime.newBuilder();
        assertThatThrownBy(() -> builder.timers(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPerHandler")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> builder.timers(4, Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minInterval")
                .hasMessageContaining("PT0.5S");
        assertThatThrownBy(() -> builder.observer(HandlerSpec.of("banter.timers", (m, c) -> Verdict.pass())
                        .on(Subscription.to("timer"))
                        .observe()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'banter.timers' is the engine's own");
    }

    @Test
    void firing_goesOnlyToTheOwner_andToSpecsSharingItsHandler() {
        List<String> hostSaw = new CopyOnWriteArrayList<>();
        rig = new TimerRig(b -> b.observer(HandlerSpec.of("host-watch", (m, ctx) -> {
                    hostSaw.add(m.id());
                    return Verdict.pass();
                })
                .on(Subscription.to("timer"))
                .observe()));
        rig.install(rig.bot("a"));
        rig.install(rig.bot("b"));
        TimerRig.Bot shared = rig.new Bot();
        rig.install(HandlerSpec.of("split", shared).grant(Permission.TIMERS)); // intercepts chat, schedules
        rig.install(HandlerSpec.of("split.observe", shared)
                .on(Subscription.to("timer"))
                .observe()); // sees its half's timers

        rig.say("after t 5"); // every bot schedules its own 't'
        rig.advance(5);

        assertThat(rig.fired)
                .extracting(Fired::handler, Fired::owner)
                .containsExactlyInAnyOrder(tuple("a", "a"), tuple("b", "b"), tuple("split.observe", "split"));
        assertThat(hostSaw).isEmpty();
    }

    @Test
    void broadcastOffline_pausesTimers_andStartResumesThemWithTheTimeTheyHadLeft() {
        rigWithBot().say("every t 10");
        rig.say("after once 8");
        rig.advance(4);
        rig.broadcast(false);
        rig.say("after queued 3"); // scheduled while offline: starts counting on broadcast.start
        rig.advance(100);
        assertThat(rig.fired).isEmpty();

        rig.broadcast(true); // at 104: t has 6 s left, once 4 s, queued 3 s
        rig.advance(20);

        assertThat(rig.firedLabelsAndSeconds()).containsExactly("queued@107", "once@108", "t@110", "t@120");
    }

    @Test
    void restart_restoresTimersOnInstall_firingOverdueOnesOnceMarkedLate() {
        rigWithBot().say("every t 10");
        rig.say("after u 15");
        rig.say("after v 100");
        rig.advance(10);
        assertThat(rig.firedLabelsAndSeconds()).containsExactly("t@10");

        rig.restart();
        rig.advance(30); // down from 10 to 40: nothing runs
        assertThat(rig.fired).hasSize(1);
        rig.install(rig.bot("bot"));
        rig.advance(0); // the overdue wakeup
        rig.advanceTo(100);

        assertThat(rig.fired.subList(1, rig.fired.size()))
                .containsExactly(
                        new Fired("bot", "u", 40, 1, 0, true, "bot"),
                        new Fired("bot", "t", 40, 2, 2, true, "bot"),
                        new Fired("bot", "t", 50, 3, 0, false, "bot"),
                        new Fired("bot", "t", 60, 4, 0, false, "bot"),
                        new Fired("bot", "t", 70, 5, 0, false, "bot"),
                        new Fired("bot", "t", 80, 6, 0, false, "bot"),
                        new Fired("bot", "t", 90, 7, 0, false, "bot"),
                        new Fired("bot", "t", 100, 8, 0, false, "bot"),
                        new Fired("bot", "v", 100, 1, 0, false, "bot"));
    }

    @Test
    void restart_whileOffline_keepsTimersPausedUntilBroadcastStart() {
        rigWithBot().say("after t 10");
        rig.advance(4);
        rig.broadcast(false);
        rig.restart();
        rig.install(rig.bot("bot"));
        rig.advance(50);
        assertThat(rig.fired).isEmpty();

        rig.broadcast(true);
        rig.advance(10);

        assertThat(rig.firedLabelsAndSeconds()).containsExactly("t@60");
    }

    @Test
    void uninstall_stopsTheTimers_andReinstallingRestoresThem() {
        rigWithBot().say("every t 10");
        rig.room().uninstall("bot");
        rig.advance(25);
        assertThat(rig.fired).isEmpty();

        rig.install(rig.bot("bot"));
        rig.advance(0);
        rig.advance(5);

        assertThat(rig.fired)
                .extracting(Fired::second, Fired::skipped, Fired::late)
                .containsExactly(tuple(25L, 1L, true), tuple(30L, 0L, false));
    }

    @Test
    void storedTimer_thatIsNotATimer_isDroppedWithoutStoppingTheOthers() {
        rig = new TimerRig();
        StateScope scope = new StateScope("timers:bot", RoomId.of(TimerRig.ROOM));
        rig.store.put(scope, "broken", "{\"repeat\":\"soon\"}");
        rig.store.put(
                scope,
                "ok",
                "{\"repeat\":0,\"due\":" + TimerRig.T0.plusSeconds(3).toEpochMilli() + ",\"paused\":-1,\"firings\":0}");

        rig.install(rig.bot("bot"));
        rig.advance(3);

        assertThat(rig.firedLabelsAndSeconds()).containsExactly("ok@3");
        assertThat(rig.store.keys(scope)).isEmpty();
    }

    @Test
    void failingStore_isLoggedAndTheTimersGoOnInMemory() {
        rig = new TimerRig(b -> b.stateStore(new BrokenStore()));
        rig.install(rig.bot("bot"));

        assertThat(rig.say("every t 10").status()).isEqualTo(Outcome.Status.DELIVERED);
        rig.broadcast(false);
        rig.broadcast(true);
        rig.advance(20);

        assertThat(rig.firedLabelsAndSeconds()).containsExactly("t@10", "t@20");
    }

    private static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }

    /** A store whose every call fails, as a remote store that is down. */
    private static final class BrokenStore implements StateStore {
        private static StateStoreException down() {
            return new StateStoreException("store 'broken' is down");
        }

        @Override
        public Optional<String> get(StateScope scope, String key) {
            throw down();
        }

        @Override
        public void put(StateScope scope, String key, String json) {
            throw down();
        }

        @Override
        public boolean delete(StateScope scope, String key) {
            throw down();
        }

        @Override
        public List<String> keys(StateScope scope) {
            throw down();
        }

        @Override
        public long size(StateScope scope) {
            throw down();
        }

        @Override
        public void clear(StateScope scope) {
            throw down();
        }

        @Override
        public void close() {}
    }

    /** A time source whose wakeups run only when the test jumps, late, at the new time: a stalled host. */
    private static final class JumpClock implements TimeSource {
        private volatile Instant now = TimerRig.T0;
        private final List<Object[]> pending = new CopyOnWriteArrayList<>();

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public Alarm wakeAt(Instant at, Wakeup wakeup) {
            Object[] p = {at, wakeup};
            pending.add(p);
            return () -> pending.remove(p);
        }

        void jumpTo(long second) {
            now = TimerRig.T0.plusSeconds(second);
            for (Object[] p : List.copyOf(pending)) {
                if (!((Instant) p[0]).isAfter(now)) {
                    pending.remove(p);
                    ((TimeSource.Wakeup) p[1]).wake().toCompletableFuture().join();
                }
            }
        }
    }
}
