package dev.banter.api.metrics;

/**
 * Percentiles of a latency histogram, in nanoseconds.
 *
 * @param count how many values were recorded
 * @param mean the mean
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param p999 the 99.9th percentile
 * @param max the largest value
 * @since 0.1
 */
public record LatencySummary(long count, double mean, long p50, long p90, long p99, long p999, long max) {

    private static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0, 0);

    /** A summary of no values. */
    public static LatencySummary empty() {
        return EMPTY;
    }
}
