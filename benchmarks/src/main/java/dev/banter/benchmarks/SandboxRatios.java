package dev.banter.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@link SandboxBenchmark} one workload at a time, its {@code banter} fork right before its {@code raw} fork,
 * and prints {@code banter / raw} for each workload next to the goal of issue 3.
 *
 * <p>A plain JMH run of the class runs every {@code banter} fork first and every {@code raw} fork after, so the two
 * sides of one workload are measured some eight minutes apart; on a shared machine whose speed drifts by a third in
 * that time, the drift lands in the ratio. Here the two forks of a ratio are adjacent.
 *
 * <p>Arguments: the workloads to run (default {@code 1 2 3 4 5}); {@code --out FILE} also writes the figures as
 * JSON; {@code --forks N} runs N forks of each side (JMH merges their iterations) and {@code --warmups N} sets the
 * warm-up iterations of 4 s (default: the class's 15). Run on the class path of {@code target/benchmarks.jar}:
 *
 * <pre>{@code
 * $JAVA_HOME/bin/java -cp benchmarks/target/benchmarks.jar dev.banter.benchmarks.SandboxRatios --out ratios.json
 * }</pre>
 */
public final class SandboxRatios {

    /** Issue 3's goal for {@code banter / raw}, by workload number. */
    static final Map<Integer, Double> GOALS = Map.of(1, 0.9, 2, 1.7, 3, 2.0, 4, 2.0, 5, 0.8);

    /** One workload's pair of scores, msgs/s, with JMH's 99.9% error. */
    record Pair(int workload, double banter, double banterError, double raw, double rawError) {

        double ratio() {
            return banter / raw;
        }

        double goal() {
            return GOALS.get(workload);
        }

        boolean met() {
            return ratio() >= goal();
        }
    }

    private SandboxRatios() {}

    public static void main(String[] args) throws RunnerException, IOException {
        List<Integer> workloads = new ArrayList<>();
        Path out = null;
        int forks = 1;
        int warmups = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, i++));
                case "--forks" -> forks = count("--forks", value(args, i++), 1);
                case "--warmups" -> warmups = count("--warmups", value(args, i++), 0);
                default -> workloads.add(workload(args[i]));
            }
        }
        if (workloads.isEmpty()) {
            workloads = List.of(1, 2, 3, 4, 5);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int w : workloads) {
            pairs.add(measure(w, forks, warmups));
            print(pairs, System.out);
        }
        if (out != null) {
            write(pairs, out);
        }
    }

    private static String value(String[] args, int i) {
        if (i + 1 == args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    static int count(String option, String value, int least) {
        try {
            int n = Integer.parseInt(value);
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                option + " must be a whole number of at least " + least + ", was '" + value + "'");
    }

    static int workload(String arg) {
        try {
            int w = Integer.parseInt(arg);
            if (GOALS.containsKey(w)) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "workload must be one of 1..5 (or --out FILE, --forks N, --warmups N), was '" + arg + "'");
    }

    private static Pair measure(int workload, int forks, int warmups) throws RunnerException {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include(SandboxBenchmark.class.getName() + "\\.(banter|raw)$")
                .param("workload", Integer.toString(workload))
                .forks(forks);
        if (warmups >= 0) {
            builder.warmupIterations(warmups);
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        double[] banter = null;
        double[] raw = null;
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            double[] score = {
                r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()
            };
            if (method.endsWith(".banter")) {
                banter = score;
            } else if (method.endsWith(".raw")) {
                raw = score;
            }
        }
        if (banter == null || raw == null) {
            throw new IllegalStateException(
                    "workload " + workload + ": JMH returned no score for " + (banter == null ? "banter" : "raw"));
        }
        return new Pair(workload, banter[0], banter[1], raw[0], raw[1]);
    }

    static void print(List<Pair> pairs, PrintStream to) {
        to.println();
        to.println("| workload | banter (a) | raw GraalJS (b) | (a)/(b) | goal |");
        to.println("|---|---|---|---|---|");
        for (Pair p : pairs) {
            to.printf(
                    Locale.ROOT,
                    "| w%d | %,.0f ± %,.0f | %,.0f ± %,.0f | %.2f | >= %.1f%s |%n",
                    p.workload(),
                    p.banter(),
                    p.banterError(),
                    p.raw(),
                    p.rawError(),
                    p.ratio(),
                    p.goal(),
                    p.met() ? " (met)" : "");
        }
        to.println();
    }

    static void write(List<Pair> pairs, Path out) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Pair p : pairs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workload", p.workload());
            row.put("banter", p.banter());
            row.put("banterError", p.banterError());
            row.put("raw", p.raw());
            row.put("rawError", p.rawError());
            row.put("ratio", p.ratio());
            row.put("goal", p.goal());
            row.put("met", p.met());
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("finished", Instant.now().toString());
        doc.put("workloads", rows);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(
                out,
                JsonMapper.builder()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .build()
                        .writeValueAsString(doc));
    }
}
