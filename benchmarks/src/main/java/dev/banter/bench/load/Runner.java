package dev.banter.bench.load;

import dev.banter.bench.load.Results.FindMax;
import dev.banter.bench.load.Results.LoadResult;
import dev.banter.bench.load.Results.Machine;
import dev.banter.bench.load.Results.Phase;
import dev.banter.bench.load.Results.Run;
import dev.banter.bench.load.Results.SweepPoint;
import dev.banter.bench.load.Results.SweepResult;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Runs a scenario as asked: once, once per sweep value, or with and without its hostile room; then judges the
 * checks (which fail the run) and the goals (which are reported).
 */
final class Runner {

    /** How to search for the highest rate; {@code enabled} false runs at the scenario's rate. */
    record Search(boolean enabled, double boundMs, double maxRate, double stepSeconds, int steps) {}

    private final LoadRun.Options options;
    private final Search search;

    Runner(LoadRun.Options options, Search search) {
        this.options = options;
        this.search = search;
    }

    LoadResult execute(Scenario s, @Nullable Sweep sweep, List<String> arguments) {
        String started = Instant.now().toString();
        List<Run> runs = new ArrayList<>();
        SweepResult sweepResult = null;
        Double ratio = null;
        if (sweep != null) {
            List<SweepPoint> points = new ArrayList<>();
            for (long v : sweep.values()) {
                Run run = once(sweep.apply(s, v), sweep.parameter() + "=" + v);
                runs.add(run);
                points.add(point(String.valueOf(v), run));
            }
            sweepResult = new SweepResult(sweep.parameter(), points);
        } else if (s.compareWithoutHostile() && s.hasUnmeasured()) {
            // A run without the hostile room to warm the JVM (its JIT, the sandbox's compiler), reported but not
            // compared: on a cold JVM it was six times slower than the same run afterwards. Then without, with,
            // without: the JVM keeps getting faster from run to run, and comparing the hostile run with the mean of
            // the runs on either side of it cancels that drift instead of favouring either side.
            Run warm = once(s.withoutUnmeasured(), "without the hostile room (JVM warm-up)");
            Run before = once(s.withoutUnmeasured(), "without the hostile room (before)");
            Run with = once(s, "with the hostile room");
            Run after = once(s.withoutUnmeasured(), "without the hostile room (after)");
            runs.add(with);
            runs.add(warm);
            runs.add(before);
            runs.add(after);
            double base = baseline(runs);
            ratio = base == 0 ? null : with.measured().outcomes().p99Ms() / base;
        } else {
            runs.add(once(s, s.name()));
        }
        List<String> failures = failures(runs);
        return new LoadResult(
                s.name(),
                s.description(),
                started,
                machine(),
                arguments,
                s,
                runs,
                sweepResult,
                ratio,
                Goals.judge(s, runs, sweepResult, ratio, search),
                failures,
                failures.isEmpty());
    }

    private Run once(Scenario s, String label) {
        if (options.progress() != null) {
            List<String> dedicated = s.dedicatedRooms();
            options.progress()
                    .note(String.format(
                            Locale.ROOT,
                            "[%s] %s: %,d rooms, %,d instances, %d workers%s, %s",
                            s.name(),
                            label,
                            s.rooms(),
                            s.instances(),
                            s.workers(),
                            dedicated.isEmpty() ? "" : " (a lane of its own for " + dedicated + ")",
                            search.enabled()
                                    ? "searching for the highest rate with p99 <= " + search.boundMs() + " ms"
                                    : options.inFlight() > 0
                                            ? String.format(
                                                    Locale.ROOT,
                                                    "closed loop with %,d events in flight",
                                                    options.inFlight())
                                            : String.format(Locale.ROOT, "%,.0f events/s", s.rate())));
        }
        try (LoadRun run = new LoadRun(s, options)) {
            if (s.warmupSeconds() > 0) {
                run.phase("warm-up", s.rate(), s.warmupSeconds(), 0);
            }
            FindMax findMax = null;
            if (search.enabled()) {
                findMax = MaxRateSearch.run(
                        run, search.boundMs(), s.rate(), search.maxRate(), search.stepSeconds(), search.steps());
            } else if (s.soakSampleSeconds() > 0) {
                run.soak("soak", s.rate(), s.seconds(), s.soakSampleSeconds());
            } else {
                run.phase("measure", s.rate(), s.seconds(), s.events());
            }
            return run.result(label, findMax);
        }
    }

    private static SweepPoint point(String value, Run run) {
        Phase m = run.measured();
        return new SweepPoint(
                value,
                m.throughput(),
                m.outcomes().p50Ms(),
                m.outcomes().p99Ms(),
                run.instances(),
                run.heapAfterSetupMiB(),
                run.kibPerInstance(),
                run.findMax() == null ? null : run.findMax().maxRate());
    }

    private static List<String> failures(List<Run> runs) {
        List<String> out = new ArrayList<>();
        for (Run run : runs) {
            if (run.tips() != null && !run.tips().passed()) {
                out.add(run.label() + ": tips not accounted exactly once: "
                        + run.tips().problems());
            }
            if (run.soak() != null && !run.soak().passed()) {
                out.add(run.label() + ": soak: " + String.join("; ", run.soak().problems()));
            }
            for (Phase p : run.phases()) {
                if (p.failures() > 0) {
                    out.add(run.label() + " / " + p.label() + ": " + p.failures() + " events failed or got no outcome");
                }
            }
        }
        return out;
    }

    static Machine machine() {
        Runtime rt = Runtime.getRuntime();
        return new Machine(
                rt.availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name") + " (" + System.getProperty("java.vendor") + ")",
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                rt.maxMemory() >> 20,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    /** Formats a rate for a goal line. */
    static String rate(double r) {
        return String.format(Locale.ROOT, "%,.0f events/s", r);
    }

    /**
     * The p99 a noisy-neighbour run is compared with: the mean of the runs without the hostile room just before and
     * just after it, the last two of {@code runs}.
     */
    static double baseline(List<Run> runs) {
        double before = runs.get(runs.size() - 2).measured().outcomes().p99Ms();
        double after = runs.getLast().measured().outcomes().p99Ms();
        return (before + after) / 2;
    }
}
