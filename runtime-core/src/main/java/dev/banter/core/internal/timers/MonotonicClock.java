package dev.banter.core.internal.timers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The engine's default clock: UTC wall time that never goes backwards.
 *
 * <p>It reads {@link System#nanoTime()} from an anchor taken on the wall clock, so a wall clock stepped back (an NTP
 * correction, an operator's mistake) does not move message timestamps, {@code ctx.now()} or timers back. The anchor
 * only ever moves forward: {@link #resync()}, which the engine calls every few seconds from its timer thread, moves it
 * to the wall clock when the wall clock is ahead, so the two never drift apart by more than the interval's worth of
 * oscillator error, and a wall clock stepped forward is followed at the next call. After a backward step this clock
 * stays ahead until the wall clock catches up.
 *
 * <p>{@link #instant()} reads one volatile field and {@link System#nanoTime()}: no lock, no shared write, cheap from
 * every lane.
 */
public final class MonotonicClock extends Clock {

    private final Clock wall;
    /** Epoch nanos at {@code System.nanoTime() == 0}; written by {@link #resync} only, always to a larger value. */
    private volatile long offsetNanos;

    public MonotonicClock(Clock wall) {
        this.wall = wall;
        this.offsetNanos = epochNanos(wall.instant()) - System.nanoTime();
    }

    /** Moves the anchor forward to the wall clock if the wall clock is ahead; a no-op otherwise. */
    public void resync() {
        long candidate = epochNanos(wall.instant()) - System.nanoTime();
        if (candidate > offsetNanos) {
            offsetNanos = candidate;
        }
    }

    @Override
    public Instant instant() {
        long epochNanos = offsetNanos + System.nanoTime();
        return Instant.ofEpochSecond(
                Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    @Override
    public long millis() {
        return Math.floorDiv(offsetNanos + System.nanoTime(), 1_000_000L);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new Zoned(this, zone);
    }

    private static long epochNanos(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    }

    /** This clock's instants in another zone. */
    private static final class Zoned extends Clock {
        private final MonotonicClock base;
        private final ZoneId zone;

        Zoned(MonotonicClock base, ZoneId zone) {
            this.base = base;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return base.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return base.withZone(other);
        }
    }
}
