package dev.banter.core.internal.actions;

import java.time.Duration;

/** How a failing sink is retried: attempts in all, and an exponential backoff between them. */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("action retry maxAttempts must be >= 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("action retry initialBackoff must be > 0, was " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "action retry maxBackoff must be >= initialBackoff (" + initialBackoff + "), was " + maxBackoff);
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(8, Duration.ofMillis(10), Duration.ofSeconds(5));
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures. */
    public long backoffNanos(int attempt) {
        long initial = initialBackoff.toNanos();
        int shift = Math.min(attempt - 1, 30);
        long delay = initial << shift;
        if (delay < 0 || delay > maxBackoff.toNanos()) {
            return maxBackoff.toNanos();
        }
        return delay;
    }
}
