package dev.banter.core.time;

import dev.banter.api.spi.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Virtual time for tests: a {@link TimeSource} that stands still until {@link #advance} moves it, and then runs every
 * wakeup that falls due, each at its own instant and in order, waiting for the engine to handle one before it moves on.
 *
 * <p>So a test reads as a timeline, with no sleeps and no races:
 *
 * {@snippet :
 * ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
 * try (BanterRuntime runtime = BanterRuntime.newBuilder().timeSource(clock).build()) {
 *     // a handler schedules ScheduleTimer("round", 10 s, 10 s) ...
 *     clock.advance(Duration.ofSeconds(35)); // returns after the firings at 10, 20 and 30 s were handled
 * }
 * }
 *
 * <p>Wakeups asked for at a time already reached run on the next {@code advance}, {@code advance(Duration.ZERO)}
 * included: that is how a timer restored overdue fires. Stored timers are restored on the room's lane after the
 * handler is installed, so let the lane run first (submit any event and wait for its outcome), then advance. Call {@code advance} from a test thread, never from a handler: the lane it runs on would wait for itself
 * (after 30 s {@code advance} gives up with an {@link IllegalStateException} saying so). Thread-safe.
 *
 * @since 0.2
 */
public final class ManualClock implements TimeSource {

    private static final long SETTLE_SECONDS = 30;

    private final Object lock = new Object();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>();
    private Instant now;
    private long order;

    private ManualClock(Instant start) {
        this.now = start;
    }

    /**
     * A clock that reads {@code start} until it is advanced.
     *
     * @throws NullPointerException if {@code start} is null
     */
    public static ManualClock startingAt(Instant start) {
        return new ManualClock(Objects.requireNonNull(start, "start"));
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
     * Moves time forward by {@code by}, running each wakeup due up to the new time at its own instant.
     *
     * @throws IllegalArgumentException if {@code by} is negative
     * @throws IllegalStateException if the engine does not finish handling a wakeup within 30 s, as when called from
     *     a handler
     */
    public void advance(Duration by) {
        Objects.requireNonNull(by, "by");
        if (by.isNegative()) {
            throw new IllegalArgumentException("a ManualClock only moves forward; advance by " + by);
        }
        advanceTo(now().plus(by));
    }

    /**
     * Moves time forward to {@code target}, running each wakeup due up to it at its own instant; a target in the past
     * runs what is due and leaves the time as it is.
     *
     * @throws IllegalStateException if the engine does not finish handling a wakeup within 30 s
     */
    public void advanceTo(Instant target) {
        Objects.requireNonNull(target, "target");
        while (true) {
            Pending next;
            synchronized (lock) {
                next = pending.peek();
                if (next == null || next.at.isAfter(target)) {
                    if (target.isAfter(now)) {
                        now = target;
                    }
                    return;
                }
                pending.poll();
                if (next.at.isAfter(now)) {
                    now = next.at;
                }
            }
            settle(next);
        }
    }

    /** The earliest pending wakeup's time, if any. */
    public Optional<Instant> nextWakeup() {
        synchronized (lock) {
            Pending p = pending.peek();
            return p == null ? Optional.empty() : Optional.of(p.at);
        }
    }

    /** How many wakeups are pending. */
    public int pendingWakeups() {
        synchronized (lock) {
            return pending.size();
        }
    }

    private static void settle(Pending p) {
        CompletionStage<?> done = p.wakeup.wake();
        try {
            done.toCompletableFuture().get(SETTLE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the wakeup due at " + p.at + " was not handled within " + SETTLE_SECONDS
                    + " s; call ManualClock.advance from a test thread, not from a handler");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the wakeup due at " + p.at + " ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the wakeup due at " + p.at + " failed", e.getCause());
        }
    }

    @Override
    public String toString() {
        return "ManualClock[" + now() + ", " + pendingWakeups() + " pending]";
    }

    private record Pending(Instant at, long order, Wakeup wakeup) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }
}
