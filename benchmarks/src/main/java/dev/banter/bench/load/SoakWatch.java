package dev.banter.bench.load;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.banter.bench.load.Results.Soak;
import dev.banter.bench.load.Results.SoakSample;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the JVM while a soak's measured phase runs, on a daemon thread of its own: the heap after a full
 * collection (forced, so that the trend is of live data and not of garbage waiting for a cycle), live threads and
 * open file descriptors. {@link #result} judges the trends. The forced collections stall the lanes for as long as
 * a full collection takes, once per period; their pauses are counted apart from the phase's GC pauses.
 *
 * <p>{@link #sampleNow} and {@link #judge} are public so that other soaks (the reliability module's) take the same
 * readings and reach their verdict by the same rule.
 */
public final class SoakWatch implements AutoCloseable {

    /** Growth the heap may show over the steady part when it is small: noise, not a leak. */
    public static final long MIN_TOLERANCE_BYTES = 8L << 20;

    private final double periodSeconds;
    private final GcWatch gc;
    private final long start = System.nanoTime();
    private final List<SoakSample> samples = new ArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "loadtest-soak");
        t.setDaemon(true);
        return t;
    });

    SoakWatch(double periodSeconds, GcWatch gc) {
        this.periodSeconds = periodSeconds;
        this.gc = gc;
        long period = Math.max(1, Math.round(periodSeconds * 1000));
        ticker.scheduleAtFixedRate(this::sample, period, period, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        SoakSample s = sampleNow((System.nanoTime() - start) / 1e9);
        synchronized (samples) {
            samples.add(s);
        }
    }

    /**
     * Reads the JVM now: forces a full collection, then takes the heap in use, the live threads and the open file
     * descriptors ({@code -1} on a JVM that cannot count them).
     *
     * @param second when the sample is taken, in seconds since the soak began
     */
    public static SoakSample sampleNow(double second) {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long heap = memory.getHeapMemoryUsage().getUsed();
        long files = ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getOpenFileDescriptorCount()
                : -1;
        return new SoakSample(second, heap >> 10, threads.getThreadCount(), files);
    }

    /** Stops sampling and judges what was sampled. */
    Soak result() {
        close();
        List<SoakSample> all;
        synchronized (samples) {
            all = List.copyOf(samples);
        }
        return judge(periodSeconds, all, gc.forcedCollections());
    }

    /**
     * The verdict over {@code samples}: after the first third, no heap trend beyond the tolerance, no thread growth
     * beyond 2, no open-file growth beyond 4. At least six samples are needed.
     *
     * @param periodSeconds the time between samples, as reported
     * @param forced full collections the sampling forced, as reported
     */
    public static Soak judge(double periodSeconds, List<SoakSample> samples, long forced) {
        List<String> problems = new ArrayList<>();
        if (samples.size() < 6) {
            problems.add("only " + samples.size() + " samples, at least 6 are needed: run longer or sample more often"
                    + " (--soak-sample)");
            return new Soak(periodSeconds, samples, 0, 0, 0, 0, 0, forced, false, problems);
        }
        List<SoakSample> steady = samples.subList(samples.size() / 3, samples.size());
        double span = steady.getLast().second() - steady.getFirst().second();
        double slope = slopeBytesPerSecond(steady);
        double growth = slope * span;
        double mean =
                steady.stream().mapToLong(SoakSample::heapAfterGcKiB).average().orElse(0) * 1024;
        double tolerance = Math.max(MIN_TOLERANCE_BYTES, mean * 0.10);
        int threadGrowth = steady.getLast().threads() - steady.getFirst().threads();
        long fileGrowth = steady.getLast().openFiles() - steady.getFirst().openFiles();
        if (growth > tolerance) {
            problems.add(String.format(
                    Locale.ROOT,
                    "heap after GC grew %.1f MiB over the last %.0f s (%.1f KiB/min), more than the %.1f MiB allowed",
                    growth / (1 << 20),
                    span,
                    slope * 60 / 1024,
                    tolerance / (1 << 20)));
        }
        if (threadGrowth > 2) {
            problems.add("threads grew by " + threadGrowth + " ("
                    + steady.getFirst().threads() + " to " + steady.getLast().threads() + ")");
        }
        if (fileGrowth > 4) {
            problems.add("open files grew by " + fileGrowth + " ("
                    + steady.getFirst().openFiles() + " to " + steady.getLast().openFiles() + ")");
        }
        return new Soak(
                periodSeconds,
                samples,
                slope * 60 / 1024,
                growth / (1 << 20),
                tolerance / (1 << 20),
                threadGrowth,
                fileGrowth,
                forced,
                problems.isEmpty(),
                problems);
    }

    /** The least-squares slope of the heap after GC over time, in bytes per second. */
    public static double slopeBytesPerSecond(List<SoakSample> s) {
        double n = s.size();
        double mx = 0;
        double my = 0;
        for (SoakSample x : s) {
            mx += x.second() / n;
            my += x.heapAfterGcKiB() * 1024.0 / n;
        }
        double num = 0;
        double den = 0;
        for (SoakSample x : s) {
            double dx = x.second() - mx;
            num += dx * (x.heapAfterGcKiB() * 1024.0 - my);
            den += dx * dx;
        }
        return den == 0 ? 0 : num / den;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
