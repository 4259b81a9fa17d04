package dev.banter.reliability;

import static dev.banter.reliability.Rig.clean;
import static dev.banter.reliability.Rig.tip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Permission;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.TimerFired;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The time source jumps (ADR 0009). Forward: a repeating timer fires once, marked late, with the missed periods
 * counted as skipped, never as a burst. Backward (which breaks the {@code TimeSource} contract, as a stepped wall
 * clock does): nothing fires again, the timer waits until time reaches its due time once more, and events go on.
 */
class ClockFaultsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final SteppingClock clock = new SteppingClock(T0);
    private final Rig rig = new Rig(b -> b.timeSource(clock));
    private final List<TimerFired> fired = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, Integer> tips = new ConcurrentHashMap<>();

    @BeforeEach
    void install() {
        rig.a.install(HandlerSpec.of("ticker", (m, ctx) -> {
                    if (m.type().equals(BuiltinTypes.TIMER)) {
                        fired.add(m.payload(BuiltinTypes.TIMER));
                    } else if (m.type().equals(BuiltinTypes.TIP)) {
                        tips.merge(m.payload(BuiltinTypes.TIP).note(), 1, Integer::sum);
                    } else {
                        ctx.emit(new ScheduleTimer("tick", Duration.ofSeconds(10), Duration.ofSeconds(10)));
                    }
                    return Verdict.pass();
                })
                .on(Subscription.to("chat.message"), Subscription.to("timer"), Subscription.to("tip"))
                .observe()
                .grant(Permission.TIMERS));
        assertThat(clean(rig.send(Rig.chat(rig.a, "start")))).isTrue();
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void jumpForward_firesOnceLate_countingTheSkippedPeriods() {
        clock.jump(Duration.ofSeconds(35));
        assertThat(fired).singleElement().satisfies(t -> {
            assertThat(t.firing()).isEqualTo(1);
            assertThat(t.skipped()).isEqualTo(2);
            assertThat(t.late()).isTrue();
        });

        clock.jump(Duration.ofHours(1));
        assertThat(fired).hasSize(2);
        assertThat(fired.get(1).skipped()).isEqualTo(359);
        assertThat(rig.metrics(rig.a).timerPeriodsSkipped()).isEqualTo(361);
        assertThat(rig.metrics(rig.a).timersFired()).isEqualTo(2);

        // back on its grid: the next firing is due exactly one period after T0 + 3640 s
        clock.jump(Duration.ofSeconds(10));
        assertThat(fired).hasSize(3);
        assertThat(fired.get(2).skipped()).isZero();
        assertThat(fired.get(2).late()).isFalse();
    }

    @Test
    void jumpBackward_firesNothingAgain_waitsForTheDueTime_andEventsGoOn() {
        clock.jump(Duration.ofSeconds(10));
        assertThat(fired).hasSize(1);

        clock.jump(Duration.ofMinutes(-30));
        for (long id = 1; id <= 20; id++) {
            assertThat(clean(rig.send(tip(rig.a, id)))).isTrue();
        }
        clock.jump(Duration.ofMinutes(29)); // still before the due time of firing 2
        assertThat(fired).hasSize(1);
        assertThat(clock.pendingWakeups()).isEqualTo(1);

        clock.jump(Duration.ofMinutes(1)); // back at T0 + 10 s: due again
        clock.jump(Duration.ofSeconds(10));
        assertThat(fired).extracting(TimerFired::firing).containsExactly(1L, 2L);
        assertThat(tips).hasSize(20).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
        assertThat(rig.metrics(rig.a).timersFired()).isEqualTo(2);
    }
}
