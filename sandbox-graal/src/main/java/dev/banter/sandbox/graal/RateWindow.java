package dev.banter.sandbox.graal;

/**
 * Counts use per fixed one-minute window: a notice rate or a log volume. Used by one lane thread only.
 */
final class RateWindow {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final long limit;
    private long windowStart = System.nanoTime();
    private long used;

    RateWindow(long limit) {
        this.limit = limit;
    }

    /** Takes {@code amount} if it fits in this minute's remaining quota. */
    boolean tryTake(long amount) {
        long now = System.nanoTime();
        if (now - windowStart >= MINUTE_NANOS) {
            windowStart = now;
            used = 0;
        }
        if (used + amount > limit) {
            return false;
        }
        used += amount;
        return true;
    }

    long used() {
        return used;
    }

    long limit() {
        return limit;
    }
}
