package dev.banter.core.internal.metrics;

import dev.banter.api.metrics.LatencySummary;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.IntCountsHistogram;

/** A lane-confined latency histogram in nanoseconds, 1 µs to 60 s. */
public final class Latency {

    private static final long LOWEST = 1_000;
    private static final long HIGHEST = TimeUnit.SECONDS.toNanos(60);

    private final IntCountsHistogram histogram;

    private Latency(int significantDigits) {
        histogram = new IntCountsHistogram(LOWEST, HIGHEST, significantDigits);
    }

    /** Precise enough to compare handlers: 2 significant digits. */
    public static Latency precise() {
        return new Latency(2);
    }

    /** Small enough to keep one per room: 1 significant digit, about 1 KB. */
    public static Latency compact() {
        return new Latency(1);
    }

    public void record(long nanos) {
        histogram.recordValue(Math.min(Math.max(nanos, 0), HIGHEST));
    }

    public LatencySummary summary() {
        return summarize(histogram);
    }

    /** A copy with the same counts, taken on the owning lane. */
    public Latency copy() {
        Latency c = new Latency(histogram.getNumberOfSignificantValueDigits());
        c.histogram.add(histogram);
        return c;
    }

    /** Adds this histogram's counts to {@code into}; used to merge lanes. */
    public void addTo(AbstractHistogram into) {
        into.add(histogram);
    }

    /** An empty histogram to merge lanes into. */
    public static AbstractHistogram mergeTarget() {
        return new IntCountsHistogram(LOWEST, HIGHEST, 2);
    }

    public static LatencySummary summarize(AbstractHistogram h) {
        if (h.getTotalCount() == 0) {
            return LatencySummary.empty();
        }
        return new LatencySummary(
                h.getTotalCount(),
                h.getMean(),
                h.getValueAtPercentile(50),
                h.getValueAtPercentile(90),
                h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9),
                h.getMaxValue());
    }
}
