package dev.banter.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.spi.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualClock clock = ManualClock.startingAt(T0);
    private final List<String> ran = new CopyOnWriteArrayList<>();

    private TimeSource.Wakeup record(String name) {
        return () -> {
            ran.add(name + "@" + Duration.between(T0, clock.now()).toSeconds());
            return CompletableFuture.completedFuture(null);
        };
    }

    @Test
    void now_standsStillUntilAdvanced() {
        assertThat(clock.now()).isEqualTo(T0);
        clock.advance(Duration.ofSeconds(7));
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(7));
    }

    @Test
    void advance_runsDueWakeupsAtTheirOwnInstants_inTimeThenRequestOrder() {
        clock.wakeAt(T0.plusSeconds(5), record("b"));
        clock.wakeAt(T0.plusSeconds(2), record("a"));
        clock.wakeAt(T0.plusSeconds(5), record("c"));
        clock.wakeAt(T0.plusSeconds(9), record("late"));

        clock.advance(Duration.ofSeconds(6));

        assertThat(ran).containsExactly("a@2", "b@5", "c@5");
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(6));
        assertThat(clock.nextWakeup()).contains(T0.plusSeconds(9));
        assertThat(clock.pendingWakeups()).isEqualTo(1);
    }

    @Test
    void advance_runsWakeupsThatAWakeupAsksForWithinTheSameAdvance() {
        clock.wakeAt(T0.plusSeconds(1), () -> {
            ran.add("first");
            clock.wakeAt(clock.now().plusSeconds(1), record("second"));
            return CompletableFuture.completedFuture(null);
        });

        clock.advance(Duration.ofSeconds(3));

        assertThat(ran).containsExactly("first", "second@2");
    }

    @Test
    void advance_waitsForTheWakeupToBeHandled() {
        CompletableFuture<Void> handled = new CompletableFuture<>();
        clock.wakeAt(T0.plusSeconds(1), () -> {
            Thread.ofPlatform().start(() -> {
                ran.add("handled");
                handled.complete(null);
            });
            return handled;
        });

        clock.advance(Duration.ofSeconds(1));

        assertThat(ran).containsExactly("handled");
    }

    @Test
    void wakeAt_inThePast_runsOnTheNextAdvance() {
        clock.advance(Duration.ofSeconds(10));
        clock.wakeAt(T0.plusSeconds(3), record("overdue"));
        assertThat(ran).isEmpty();

        clock.advance(Duration.ZERO);

        assertThat(ran).containsExactly("overdue@10");
    }

    @Test
    void cancel_removesAPendingWakeup() {
        TimeSource.Alarm alarm = clock.wakeAt(T0.plusSeconds(1), record("x"));
        alarm.cancel();
        alarm.cancel();

        clock.advance(Duration.ofSeconds(2));

        assertThat(ran).isEmpty();
        assertThat(clock.pendingWakeups()).isZero();
    }

    @Test
    void advance_backwards_isRefused_andAdvanceToThePastKeepsTheTime() {
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT-1S");
        clock.advance(Duration.ofSeconds(5));
        clock.advanceTo(T0);
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void advance_whenAWakeupFails_saysWhichOne() {
        clock.wakeAt(T0.plusSeconds(1), () -> CompletableFuture.failedFuture(new IllegalStateException("boom")));

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("due at " + T0.plusSeconds(1))
                .hasRootCauseMessage("boom");
    }
}
