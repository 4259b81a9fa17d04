package dev.banter.core.extension;

import dev.banter.api.spi.TimeSource;
import java.time.Duration;
import java.util.Objects;

/**
 * When {@link DefaultRoomExtensions} parks idle instances: an instance that has had no message for {@code idle}, by
 * the engine's {@link TimeSource}, has its sandbox context closed; its next message (a timer firing included)
 * re-creates it from its source, settings and stored kv, in the same chain slot. See
 * {@link dev.banter.api.sandbox.ExtensionInstance#park()}.
 *
 * <p>A sweep runs every {@code checkEvery} on the time source: it parks the instances idle for at least
 * {@code idle} and then, if more than {@code maxLive} instances still hold a context, the least recently active of
 * them. So an instance parks between {@code idle} and {@code idle + checkEvery} after its last message, and the cap
 * is restored at each sweep, not at once. Parking runs on each room's lane between two messages, so a busy instance
 * is never parked in the middle of an invocation.
 *
 * {@snippet :
 * DefaultRoomExtensions.newBuilder()
 *         .runtime(runtime).sandbox(sandbox).catalog(catalog).state(store)
 *         .parking(Parking.after(clock, Duration.ofMinutes(10)).withMaxLive(5_000))
 *         .build();
 * }
 *
 * @param time the engine's time source (the one given to {@code BanterRuntime.Builder.timeSource})
 * @param idle how long without a message before an instance parks; at least 1 ms
 * @param checkEvery how often the sweep runs; at least 1 ms
 * @param maxLive the most instances that keep a context after a sweep; {@link Integer#MAX_VALUE} for no cap
 * @since 0.3
 */
public record Parking(TimeSource time, Duration idle, Duration checkEvery, int maxLive) {

    private static final Duration MIN = Duration.ofMillis(1);

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting and its value, if a duration is under 1 ms or
     *     {@code maxLive} is negative
     */
    public Parking {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(checkEvery, "checkEvery");
        if (idle.compareTo(MIN) < 0) {
            throw new IllegalArgumentException("parking idle must be at least 1 ms, was " + idle);
        }
        if (checkEvery.compareTo(MIN) < 0) {
            throw new IllegalArgumentException("parking checkEvery must be at least 1 ms, was " + checkEvery);
        }
        if (maxLive < 0) {
            throw new IllegalArgumentException("parking maxLive must be 0 or more, was " + maxLive);
        }
    }

    /** Parks instances idle for {@code idle}, checking every quarter of it (at least 1 ms), with no cap. */
    public static Parking after(TimeSource time, Duration idle) {
        Objects.requireNonNull(idle, "idle");
        Duration quarter = idle.dividedBy(4);
        return new Parking(time, idle, quarter.compareTo(MIN) < 0 ? MIN : quarter, Integer.MAX_VALUE);
    }

    /** A copy that keeps at most {@code max} instances with a context after each sweep. */
    public Parking withMaxLive(int max) {
        return new Parking(time, idle, checkEvery, max);
    }

    /** A copy whose sweep runs every {@code period}. */
    public Parking withCheckEvery(Duration period) {
        return new Parking(time, idle, period, maxLive);
    }
}
