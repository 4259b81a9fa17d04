package dev.banter.sdk.cli;

import org.jspecify.annotations.Nullable;

/** The limits {@code banter profile} recommends for the per-call budgets: statements and allocation. */
final class Budgets {

    /** How many times the largest call a recommended budget allows. */
    static final long HEADROOM = 2;

    private Budgets() {}

    /**
     * {@link #HEADROOM} times the largest call, rounded up to two significant digits, at most the platform's
     * maximum; null (keep the limit) when no call was measured.
     */
    static @Nullable Long recommend(long maxObserved, long platformMaximum) {
        if (maxObserved <= 0) {
            return null;
        }
        long wanted = maxObserved > Long.MAX_VALUE / HEADROOM ? Long.MAX_VALUE : maxObserved * HEADROOM;
        return Math.min(platformMaximum, roundUp(wanted));
    }

    /** The smallest number of at most two significant digits that is not below {@code value} (which is positive). */
    static long roundUp(long value) {
        long scale = 1;
        while (value / scale >= 100) {
            scale *= 10;
        }
        long rounded = Math.ceilDiv(value, scale);
        return rounded > Long.MAX_VALUE / scale ? Long.MAX_VALUE : rounded * scale;
    }
}
