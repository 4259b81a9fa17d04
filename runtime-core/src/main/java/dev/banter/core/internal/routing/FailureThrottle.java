package dev.banter.core.internal.routing;

import java.util.concurrent.atomic.AtomicLong;

/** Lets one warning through per period; touched only when something fails, so its CAS is off the hot path. */
final class FailureThrottle {

    private static final long NEVER = Long.MIN_VALUE;

    private final long periodNanos;
    private final AtomicLong last = new AtomicLong(NEVER);

    FailureThrottle(long periodNanos) {
        this.periodNanos = periodNanos;
    }

    /** Whether a warning at {@code nowNanos} (a {@link System#nanoTime()} reading) may be logged. */
    boolean tryAcquire(long nowNanos) {
        long previous = last.get();
        if (previous != NEVER && nowNanos - previous < periodNanos) {
            return false;
        }
        // Only one of the lanes failing at the same moment wins the slot.
        return last.compareAndSet(previous, nowNanos);
    }
}
