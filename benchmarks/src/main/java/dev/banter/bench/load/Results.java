package dev.banter.bench.load;

import dev.banter.api.metrics.RoomMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * The records of a load run's result, as written to the JSON file and drawn in the HTML report. Latencies are in
 * milliseconds, measured from each event's intended send time.
 *
 * @since 0.1
 */
public final class Results {

    private Results() {}

    /** Percentiles of one latency histogram (recorded in nanoseconds), in milliseconds. */
    public record Latency(
            long count,
            double meanMs,
            double p50Ms,
            double p90Ms,
            double p99Ms,
            double p999Ms,
            double p9999Ms,
            double maxMs) {

        /** The percentiles of a histogram of nanoseconds; all zero when it is empty. */
        public static Latency of(Histogram h) {
            if (h.getTotalCount() == 0) {
                return new Latency(0, 0, 0, 0, 0, 0, 0, 0);
            }
            return new Latency(
                    h.getTotalCount(),
                    h.getMean() / 1e6,
                    ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(90)),
                    ms(h.getValueAtPercentile(99)),
                    ms(h.getValueAtPercentile(99.9)),
                    ms(h.getValueAtPercentile(99.99)),
                    ms(h.getMaxValue()));
        }
    }

    /** One second of a phase: what was sent and completed, the latency of what completed, heap and GC. */
    public record Point(
            double second,
            long sent,
            long completed,
            double p50Ms,
            double p99Ms,
            double maxMs,
            long heapMiB,
            long gcPauses,
            double gcPauseMs) {}

    /** Sends, outcomes by status and latency of one event kind in a phase. */
    public record KindStats(long sent, Map<String, Long> statuses, Latency latency) {}

    /** GC pauses in a phase. */
    public record Gc(long pauses, double totalMs, double maxMs, double p99Ms, long concurrentCycles) {}

    /**
     * One phase of a run: a warm-up, the measured phase, or one step of a max-rate search.
     *
     * @param sentRate events sent per second
     * @param throughput outcomes completed per second, over all rooms
     * @param outcomes submit to outcome, measured rooms
     * @param actionDelivery submit to the action reaching the sink, measured rooms
     * @param generatorLag how late the generator sent events after their intended time
     * @param curve the latency percentile curve: [percentile, ms] pairs
     */
    public record Phase(
            String label,
            double targetRate,
            double seconds,
            long sent,
            long completed,
            double sentRate,
            double throughput,
            long failures,
            long actions,
            Latency outcomes,
            Latency actionDelivery,
            Latency generatorLag,
            Map<String, KindStats> kinds,
            List<Point> timeline,
            List<double[]> curve,
            Gc gc,
            long heapMaxMiB,
            Map<String, Double> cpuCores) {

        /** Whether the phase ran the closed loop of {@code --in-flight}, which has no target rate. */
        public boolean closedLoop() {
            return targetRate == 0;
        }
    }

    /** What one handler (a Java handler or an extension instance's half, by id over all rooms) cost. */
    public record HandlerCost(String id, long invocations, double meanUs, double p99Us, double totalMs, double share) {}

    /** The exactly-once check of tips, over every phase of a run. */
    public record TipCheck(
            boolean passed,
            long sent,
            long outcomes,
            long delivered,
            long refused,
            long kvTips,
            long deliveredTokens,
            long kvTokens,
            List<String> problems) {}

    /** One sample of a soak: seconds into the measured phase, heap after a full collection, threads, open files. */
    public record SoakSample(double second, long heapAfterGcKiB, int threads, long openFiles) {}

    /**
     * What a soak measured and whether it held: after the first third of the samples (the runtime settling), the
     * heap's least-squares trend over the rest stays within the tolerance, and threads and open files do not grow.
     *
     * @param slopeKiBPerMinute the trend of the heap after GC over the steady samples
     * @param growthMiB that trend over the steady part's span
     * @param toleranceMiB the growth allowed: 8 MiB or a tenth of the mean heap, whichever is larger
     * @param threadGrowth threads at the last steady sample minus the first
     * @param fileGrowth open files at the last steady sample minus the first ({@code -1} samples: not a Unix JVM)
     * @param forcedCollections full collections the sampling forced, which the phase's GC pauses leave out
     */
    public record Soak(
            double sampleSeconds,
            List<SoakSample> samples,
            double slopeKiBPerMinute,
            double growthMiB,
            double toleranceMiB,
            int threadGrowth,
            long fileGrowth,
            long forcedCollections,
            boolean passed,
            List<String> problems) {}

    /** One step of a max-rate search. */
    public record Step(double rate, double throughput, double p99Ms, boolean passed, String why) {}

    /** The result of {@code --find-max}: the highest rate whose p99 stayed within the bound. */
    public record FindMax(double boundMs, double maxRate, List<Step> steps) {}

    /**
     * One runtime's set-up and phases; {@code runtime} is the runtime's own counters summed over rooms at the end
     * (warm-up included), with the largest queue depth of any room.
     */
    public record Run(
            String label,
            int workers,
            int rooms,
            long instances,
            double setupSeconds,
            String executionMode,
            long heapBeforeMiB,
            long heapAfterSetupMiB,
            double kibPerInstance,
            List<Phase> phases,
            List<HandlerCost> handlers,
            Map<String, Long> violations,
            long quarantines,
            RoomMetrics runtime,
            @Nullable TipCheck tips,
            @Nullable FindMax findMax,
            @Nullable Soak soak,
            List<String> installFailures,
            int loadRetries) {

        /** The phase results are judged on: the last non-warm-up phase. */
        public Phase measured() {
            for (int i = phases.size() - 1; i >= 0; i--) {
                if (!phases.get(i).label().equals("warm-up")) {
                    return phases.get(i);
                }
            }
            return phases.getLast();
        }
    }

    /** One value of a sweep. */
    public record SweepPoint(
            String value,
            double throughput,
            double p50Ms,
            double p99Ms,
            long instances,
            long heapAfterSetupMiB,
            double kibPerInstance,
            @Nullable Double maxRate) {}

    /** A sweep over one parameter. */
    public record SweepResult(String parameter, List<SweepPoint> points) {}

    /** A goal of the issue next to what was measured. */
    public record Goal(String name, String target, String measured, boolean met) {}

    /** Where the figures come from. */
    public record Machine(int cpus, String jvm, String vm, List<String> jvmArgs, long maxHeapMiB, String os) {}

    /** Everything a {@code loadtest} invocation writes. */
    public record LoadResult(
            String scenario,
            String description,
            String startedAt,
            Machine machine,
            List<String> arguments,
            Scenario config,
            List<Run> runs,
            @Nullable SweepResult sweep,
            @Nullable Double noisyRatio,
            List<Goal> goals,
            List<String> failures,
            boolean passed) {}

    /** The percentile curve of a histogram, from p0 to p99.999 and the max, as [percentile, ms] pairs. */
    static List<double[]> curve(Histogram h) {
        List<double[]> points = new ArrayList<>();
        if (h.getTotalCount() == 0) {
            return points;
        }
        double[] ps = {0, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 99.999};
        for (double p : ps) {
            points.add(new double[] {p, ms(h.getValueAtPercentile(p))});
        }
        points.add(new double[] {100, ms(h.getMaxValue())});
        return points;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
