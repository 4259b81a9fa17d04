package dev.banter.benchmarks;

import java.io.PrintStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * What more threads give on this machine, without Banter: three kernels, each run for a while on one thread and then
 * on several, each thread on its own data, and the ratio of their total work. It tells a worker-count figure of the
 * load test apart from what the machine can do at all.
 *
 * <ul>
 *   <li>{@code sha}: SHA-256 over a 1 KB buffer, compute only
 *   <li>{@code reads}: random reads over 512 MB of {@code long}s, memory latency
 *   <li>{@code alloc}: short strings merged into a map, as much allocation per unit of work as a lane does, so the
 *       collector's threads run next to the measured ones
 * </ul>
 *
 * <p>{@code java -cp benchmarks.jar dev.banter.benchmarks.CoreScaling [--seconds S] [--threads N]}: S seconds per
 * measurement (default 8), N threads against one (default: the available processors).
 */
public final class CoreScaling {

    /** The kernels, in the order they run. */
    static final List<String> KERNELS = List.of("sha", "reads", "alloc");

    private static final int READS_LENGTH = 1 << 26; // 512 MB of longs

    private CoreScaling() {}

    /** One kernel's work per second on one thread and on {@code threads}. */
    record Scaling(String kernel, int threads, double oneThread, double allThreads) {
        double ratio() {
            return oneThread == 0 ? 0 : allThreads / oneThread;
        }
    }

    /**
     * Runs every kernel and prints the table.
     *
     * @param args {@code --seconds S} and {@code --threads N}
     */
    public static void main(String[] args) throws InterruptedException {
        double seconds = 8;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--seconds" -> seconds = seconds(value);
                case "--threads" -> threads = threads(value);
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument '" + args[i] + "'; use --seconds S and --threads N");
            }
            i++;
        }
        print(System.out, measure(seconds, threads));
    }

    static double seconds(@Nullable String value) {
        try {
            double s = Double.parseDouble(String.valueOf(value));
            if (s > 0 && s <= 600) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--seconds: expected a number of seconds in (0, 600], was " + value);
    }

    static int threads(@Nullable String value) {
        try {
            int n = Integer.parseInt(String.valueOf(value));
            if (n >= 2 && n <= 256) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--threads: expected 2..256 threads to compare with one, was " + value);
    }

    /** Measures every kernel on one thread, then on {@code threads}. */
    static List<Scaling> measure(double seconds, int threads) throws InterruptedException {
        return measure(seconds, threads, READS_LENGTH);
    }

    /** The same, with {@code readsLength} (a power of two) longs for {@code reads} to read from. */
    static List<Scaling> measure(double seconds, int threads, int readsLength) throws InterruptedException {
        if (Integer.bitCount(readsLength) != 1) {
            throw new IllegalArgumentException("readsLength must be a power of two, was " + readsLength);
        }
        long[] data = new long[readsLength];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * 0x9E3779B97F4A7C15L;
        }
        List<Scaling> out = new ArrayList<>();
        for (String kernel : KERNELS) {
            double one = run(kernel, 1, seconds, data);
            double all = run(kernel, threads, seconds, data);
            out.add(new Scaling(kernel, threads, one, all));
        }
        return out;
    }

    static void print(PrintStream out, List<Scaling> results) {
        out.println("| kernel | 1 thread (ops/s) | N threads (ops/s) | N | ratio |");
        out.println("|---|---|---|---|---|");
        for (Scaling r : results) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %,.0f | %,.0f | %d | %.2f |%n",
                    r.kernel(),
                    r.oneThread(),
                    r.allThreads(),
                    r.threads(),
                    r.ratio());
        }
    }

    private static double run(String kernel, int threads, double seconds, long[] data) throws InterruptedException {
        LongAdder ops = new LongAdder();
        CountDownLatch go = new CountDownLatch(1);
        long durationNanos = (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = t + 1;
            Thread w = new Thread(
                    () -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        long deadline = System.nanoTime() + durationNanos;
                        ops.add(work(kernel, seed, deadline, data));
                    },
                    "core-scaling-" + t);
            workers.add(w);
            w.start();
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        return ops.sum() / ((System.nanoTime() - start) / 1e9);
    }

    /** Does one kernel's work until {@code deadline}; answers the units done. */
    private static long work(String kernel, long seed, long deadline, long[] data) {
        return switch (kernel) {
            case "sha" -> sha(deadline);
            case "reads" -> reads(seed, deadline, data);
            case "alloc" -> alloc(seed, deadline);
            default -> throw new IllegalArgumentException("no kernel '" + kernel + "'; there are " + KERNELS);
        };
    }

    private static long sha(long deadline) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
        byte[] buffer = new byte[1024];
        long n = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 64; i++) {
                md.update(buffer);
                buffer[i] = md.digest()[0];
            }
            n += 64;
        }
        return n;
    }

    private static long reads(long seed, long deadline, long[] data) {
        long x = seed;
        long sum = 0;
        int mask = data.length - 1;
        long n = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 4096; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                sum += data[(int) (x >>> 33) & mask];
            }
            n += 4096;
        }
        return sum == Long.MIN_VALUE ? n + 1 : n; // keeps the reads from being optimized away
    }

    private static long alloc(long seed, long deadline) {
        HashMap<String, Integer> counts = new HashMap<>();
        StringBuilder key = new StringBuilder();
        long n = seed;
        long done = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 1024; i++) {
                key.setLength(0);
                key.append("user-").append(n++ & 8191);
                counts.merge(key.toString(), 1, Integer::sum);
            }
            done += 1024;
        }
        return done;
    }
}
