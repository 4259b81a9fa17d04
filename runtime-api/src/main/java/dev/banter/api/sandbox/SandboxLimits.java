package dev.banter.api.sandbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A value for every {@link LimitKind}, in that kind's {@link LimitKind#unit() unit}. Immutable.
 *
 * <p>A platform configures its maxima once; an extension may ask for other values (in its manifest), which are
 * checked with {@link #checkWithin(SandboxLimits)}: asking for more than the platform allows (or, for the minimum
 * timer interval, less) is an error that names the limit, never a silent clamp.
 *
 * <p>Defaults ({@link #defaults()}):
 *
 * <table>
 *   <caption>default limits</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>deadline</td><td>20 ms per invocation</td></tr>
 *   <tr><td>load-deadline</td><td>500 ms</td></tr>
 *   <tr><td>statements</td><td>1,000,000 per invocation</td></tr>
 *   <tr><td>allocation</td><td>32 MiB per invocation</td></tr>
 *   <tr><td>heap</td><td>64 MiB per instance</td></tr>
 *   <tr><td>stack</td><td>2,000 frames</td></tr>
 *   <tr><td>source-size</td><td>1 MiB of source characters</td></tr>
 *   <tr><td>notice-size</td><td>49,152 characters (48 KiB)</td></tr>
 *   <tr><td>notice-rate</td><td>120 per minute</td></tr>
 *   <tr><td>kv-key</td><td>256 characters</td></tr>
 *   <tr><td>kv-value</td><td>1,048,576 characters of JSON</td></tr>
 *   <tr><td>kv-total</td><td>8,388,608 characters per instance</td></tr>
 *   <tr><td>timer-count</td><td>32 at once</td></tr>
 *   <tr><td>timer-interval</td><td>1,000 ms at least</td></tr>
 *   <tr><td>log-volume</td><td>65,536 characters per minute</td></tr>
 * </table>
 *
 * @since 0.1
 */
public final class SandboxLimits {

    private static final LimitKind[] KINDS = LimitKind.values();
    private static final SandboxLimits DEFAULTS = new SandboxLimits(new long[] {
        20, 500, 1_000_000, 32L << 20, 64L << 20, 2_000, 1 << 20, 48 * 1024, 120, 256, 1 << 20, 8 << 20, 32, 1_000,
        64 * 1024
    });

    private final long[] values;

    private SandboxLimits(long[] values) {
        this.values = values;
    }

    /** The defaults in the class description. */
    public static SandboxLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Limits from a map of values; kinds not in the map take their {@link #defaults() default}.
     *
     * @throws IllegalArgumentException naming the limit and value, if a value is not positive
     */
    public static SandboxLimits of(Map<LimitKind, Long> values) {
        SandboxLimits limits = DEFAULTS;
        for (Map.Entry<LimitKind, Long> e : values.entrySet()) {
            limits = limits.with(e.getKey(), e.getValue());
        }
        return limits;
    }

    /** The value of one limit, in its unit. */
    public long get(LimitKind kind) {
        return values[kind.ordinal()];
    }

    /**
     * A copy with one limit changed.
     *
     * @throws IllegalArgumentException naming the limit and value, if the value is not positive
     */
    public SandboxLimits with(LimitKind kind, long value) {
        Objects.requireNonNull(kind, "kind");
        if (value <= 0) {
            throw new IllegalArgumentException(
                    "limit '" + kind.key() + "' must be positive (" + kind.unit() + "), was " + value);
        }
        long[] copy = values.clone();
        copy[kind.ordinal()] = value;
        return new SandboxLimits(copy);
    }

    /** The invocation deadline. */
    public Duration deadline() {
        return Duration.ofMillis(get(LimitKind.DEADLINE));
    }

    /** The load deadline. */
    public Duration loadDeadline() {
        return Duration.ofMillis(get(LimitKind.LOAD_DEADLINE));
    }

    /**
     * Checks that no limit is looser than {@code maxima} allows: above the platform's maximum, or for a
     * {@link LimitKind#isFloor() floor} such as the minimum timer interval, below the platform's minimum.
     *
     * @return this
     * @throws IllegalArgumentException naming the first limit that is too loose, with both values
     */
    public SandboxLimits checkWithin(SandboxLimits maxima) {
        for (LimitKind kind : KINDS) {
            long asked = get(kind);
            long allowed = maxima.get(kind);
            if (kind.isFloor() ? asked < allowed : asked > allowed) {
                throw new IllegalArgumentException("limit '" + kind.key() + "' asks for " + asked + " " + kind.unit()
                        + ", " + (kind.isFloor() ? "below the platform minimum of " : "above the platform maximum of ")
                        + allowed + " " + kind.unit());
            }
        }
        return this;
    }

    /** Each limit as the stricter of this and {@code other}: the smaller, or the larger for a floor. */
    public SandboxLimits min(SandboxLimits other) {
        long[] out = new long[KINDS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = KINDS[i].isFloor() ? Math.max(values[i], other.values[i]) : Math.min(values[i], other.values[i]);
        }
        return new SandboxLimits(out);
    }

    /** Every limit, by kind. */
    public Map<LimitKind, Long> asMap() {
        Map<LimitKind, Long> map = new EnumMap<>(LimitKind.class);
        for (LimitKind kind : KINDS) {
            map.put(kind, get(kind));
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SandboxLimits other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("SandboxLimits[");
        for (LimitKind kind : KINDS) {
            s.append(kind.ordinal() == 0 ? "" : ", ")
                    .append(kind.key())
                    .append('=')
                    .append(get(kind));
        }
        return s.append(']').toString();
    }
}
