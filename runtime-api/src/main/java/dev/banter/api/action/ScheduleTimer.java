package dev.banter.api.action;

import java.time.Duration;
import java.util.Objects;

/**
 * Asks for a {@code timer} message to be submitted to this room after a delay, once or repeatedly. Scheduling a label
 * that is already scheduled replaces it.
 *
 * @param label the timer's name, 1..64 chars
 * @param delay the first delay, 1 second to 24 hours
 * @param repeat the interval between later firings, or {@link Duration#ZERO} for a one-shot timer; at least 1 second
 * @since 0.1
 */
public record ScheduleTimer(String label, Duration delay, Duration repeat) implements Action {

    public ScheduleTimer {
        Checks.nonEmpty("timer label", label, 64);
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(repeat, "repeat");
        if (delay.compareTo(Duration.ofSeconds(1)) < 0 || delay.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("timer delay must be 1s..24h, was " + delay);
        }
        if (!repeat.isZero()
                && (repeat.compareTo(Duration.ofSeconds(1)) < 0 || repeat.compareTo(Duration.ofHours(24)) > 0)) {
            throw new IllegalArgumentException("timer repeat must be 0 or 1s..24h, was " + repeat);
        }
    }

    /** A one-shot timer. */
    public static ScheduleTimer once(String label, Duration delay) {
        return new ScheduleTimer(label, delay, Duration.ZERO);
    }

    @Override
    public Permission permission() {
        return Permission.TIMERS;
    }
}
