package dev.banter.reliability;

import dev.banter.api.spi.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Virtual time that jumps: forward by any amount at once, and backward, as a wall clock stepped by NTP or by hand
 * does. Going backward breaks the {@link TimeSource} contract on purpose, to show what the engine does when a host's
 * source does.
 *
 * <p>{@link #jump} sets the time and then runs, in time order, every wakeup due at the new time, waiting for the
 * engine to handle each (as the engine's {@code ManualClock} does), so a test reads as a timeline. Call it from a test
 * thread, never from a handler. Thread-safe.
 *
 * @since 0.3
 */
public final class SteppingClock implements TimeSource {

    private static final long SETTLE_SECONDS = 30;

    private final Object lock = new Object();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>();
    private Instant now;
    private long order;
    private long wakeups;

    /** A clock that reads {@code start} until it jumps. */
    public SteppingClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant now() {
        synchronized (lock) {
            return now;
        }
    }

    @Override
    public Alarm wakeAt(Instant at, Wakeup wakeup) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(wakeup, "wakeup");
        synchronized (lock) {
            Pending p = new Pending(at, order++, wakeup);
            pending.add(p);
            return () -> {
                synchronized (lock) {
                    pending.remove(p);
                }
            };
        }
    }

    /**
     * Sets the time to {@code now + by} ({@code by} may be negative), then runs every wakeup due at that time.
     *
     * @return how many wakeups ran
     * @throws IllegalStateException if the engine does not finish a wakeup within 30 s
     */
    public int jump(Duration by) {
        Objects.requireNonNull(by, "by");
        List<Pending> due = new ArrayList<>();
        synchronized (lock) {
            now = now.plus(by);
            while (!pending.isEmpty() && !pending.peek().at.isAfter(now)) {
                due.add(pending.poll());
            }
            wakeups += due.size();
        }
        for (Pending p : due) {
            settle(p);
        }
        return due.size();
    }

    /** How many wakeups are pending. */
    public int pendingWakeups() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /** How many wakeups ran in all. */
    public long wakeupsRun() {
        synchronized (lock) {
            return wakeups;
        }
    }

    private static void settle(Pending p) {
        try {
            p.wakeup.wake().toCompletableFuture().get(SETTLE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the wakeup due at " + p.at + " was not handled within " + SETTLE_SECONDS
                    + " s; call SteppingClock.jump from a test thread, not from a handler");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the wakeup due at " + p.at + " ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the wakeup due at " + p.at + " failed", e.getCause());
        }
    }

    @Override
    public String toString() {
        return "SteppingClock[" + now() + ", " + pendingWakeups() + " pending]";
    }

    private record Pending(Instant at, long order, Wakeup wakeup) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }
}
