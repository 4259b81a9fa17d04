package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.banter.api.sandbox.LimitKind;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watchdog charges an invocation its thread's CPU time, with a wall-clock backstop that leaves out the time the
 * watchdog itself could not watch.
 */
class WatchdogTest {

    private static final long DEADLINE = TimeUnit.MILLISECONDS.toNanos(40);

    private final Watchdog watchdog = new Watchdog(1, Duration.ofMillis(2));
    private final Recorder target = new Recorder();

    @AfterEach
    void close() {
        watchdog.close();
    }

    @Test
    void anInvocationThatSpinsPastItsDeadlineIsStopped() throws InterruptedException {
        Watchdog.Slot slot = watchdog.worker(0);
        slot.begin(target, DEADLINE, 0);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (slot.tripped() == null && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        slot.end();

        assertThat(slot.tripped()).isEqualTo(LimitKind.DEADLINE);
        assertThat(slot.trippedLimit()).isEqualTo(40);
        assertThat(slot.trippedMeasured()).isGreaterThan(40);
        assertThat(target.awaitStop()).isEqualTo(1);
    }

    @Test
    void timeOffTheCoreIsNotCharged() throws InterruptedException {
        assumeTrue(Watchdog.countsCpuTime(), "this JVM cannot read thread CPU time");
        Watchdog.Slot slot = watchdog.worker(0);
        slot.begin(target, DEADLINE, 0);
        // Five deadlines of wall time, as a GC pause or a starved lane would spend them, but almost no CPU.
        Thread.sleep(5 * DEADLINE / 1_000_000);
        slot.end();

        assertThat(slot.tripped()).isNull();
        assertThat(target.stops.get()).isZero();
    }

    @Test
    void anInvocationThatDoesNotRunIsStoppedAtTheWallClockBackstop() throws InterruptedException {
        assertThat(Watchdog.wallBackstop(DEADLINE)).isEqualTo(TimeUnit.SECONDS.toNanos(1));
        assertThat(Watchdog.wallBackstop(TimeUnit.MILLISECONDS.toNanos(500))).isEqualTo(TimeUnit.SECONDS.toNanos(5));
        Watchdog.Slot slot = watchdog.worker(0);
        slot.begin(target, DEADLINE, 0);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (slot.tripped() == null && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        slot.end();

        assertThat(slot.tripped()).isEqualTo(LimitKind.DEADLINE);
        assertThat(slot.trippedMeasured()).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void wallTimeTheWatchdogCouldNotWatch_isNotCharged() throws InterruptedException {
        Watchdog.Slot slot = watchdog.worker(0);
        slot.begin(target, DEADLINE, 0);
        // As a 1.5 s stop-the-world collection would: the watchdog's next poll comes 1.5 s late.
        watchdog.stallOnce(Duration.ofMillis(1_500));
        Thread.sleep(1_600); // past the 1 s backstop in wall time, but 0.1 s of it watched
        slot.end();

        assertThat(watchdog.stalledNanos()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1_400));
        assertThat(slot.tripped()).isNull();
        assertThat(target.stops.get()).isZero();
    }

    /** Counts the stops the watchdog hands over. */
    private static final class Recorder implements Watchdog.Invocable {
        final AtomicLong stops = new AtomicLong();
        private final CountDownLatch stopped = new CountDownLatch(1);

        @Override
        public void stopRunning(Watchdog.Slot slot, long invocation) {
            stops.incrementAndGet();
            stopped.countDown();
        }

        long awaitStop() throws InterruptedException {
            stopped.await(5, TimeUnit.SECONDS);
            return stops.get();
        }
    }
}
