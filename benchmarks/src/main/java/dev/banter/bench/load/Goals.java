package dev.banter.bench.load;

import dev.banter.bench.load.Results.Goal;
import dev.banter.bench.load.Results.KindStats;
import dev.banter.bench.load.Results.Phase;
import dev.banter.bench.load.Results.Run;
import dev.banter.bench.load.Results.SweepPoint;
import dev.banter.bench.load.Results.SweepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The speed goals, judged from what a run measured. A goal is reported, never fatal: a small or busy machine
 * misses them, and the report says by how much. Goals are judged only by the scenario they belong to, and say when
 * the run did not measure what the goal asks for (another rate, a scaled-down scenario).
 */
final class Goals {

    private Goals() {}

    static List<Goal> judge(
            Scenario s, List<Run> runs, @Nullable SweepResult sweep, @Nullable Double ratio, Runner.Search search) {
        List<Goal> goals = new ArrayList<>();
        Run run = runs.getFirst();
        Phase m = run.measured();
        switch (s.name()) {
            case "mega-room" -> {
                if (run.findMax() != null && run.findMax().boundMs() == 10) {
                    goals.add(new Goal(
                            "mega-room: highest rate with p99 <= 10 ms",
                            ">= 200,000 events/s",
                            Runner.rate(run.findMax().maxRate()) + scaled(s),
                            run.findMax().maxRate() >= 200_000 && full(s)));
                }
                if (run.findMax() == null && !m.closedLoop()) { // a closed loop has no rate to judge a p99 at
                    goals.add(new Goal(
                            "mega-room: p99 at 100,000 events/s",
                            "<= 2 ms",
                            String.format(
                                            Locale.ROOT,
                                            "%.2f ms at %s",
                                            m.outcomes().p99Ms(),
                                            Runner.rate(m.targetRate()))
                                    + scaled(s),
                            m.outcomes().p99Ms() <= 2 && m.targetRate() >= 100_000 && full(s)));
                }
            }
            case "tip-storm" -> {
                KindStats tips = m.kinds().get("tip");
                double p999 = tips == null ? 0 : tips.latency().p999Ms();
                goals.add(tipsOnce("tip-storm", run));
                goals.add(new Goal(
                        "tip-storm: tip p99.9",
                        "<= 20 ms",
                        String.format(Locale.ROOT, "%.2f ms over %,d tips", p999, tips == null ? 0 : tips.sent()),
                        p999 <= 20 && tips != null));
            }
            case "noisy-neighbour" -> {
                if (ratio != null) {
                    goals.add(new Goal(
                            "noisy-neighbour: other rooms' p99 with / without the hostile room",
                            "<= 1.5 x",
                            String.format(
                                    Locale.ROOT,
                                    "%.2f x (%.2f ms / %.2f ms, the mean of the runs without it just before and after)",
                                    ratio,
                                    runs.get(0).measured().outcomes().p99Ms(),
                                    Runner.baseline(runs)),
                            ratio <= 1.5));
                }
            }
            case "soak" -> soak(run, goals);
            default -> {
                // many-rooms and the rest: judged through the workers sweep below
            }
        }
        if (sweep != null && sweep.parameter().equals("workers") && s.name().equals("many-rooms")) {
            SweepPoint one = find(sweep, "1");
            SweepPoint two = find(sweep, "2");
            if (one != null && two != null) {
                double a = search.enabled() && one.maxRate() != null ? one.maxRate() : one.throughput();
                double b = search.enabled() && two.maxRate() != null ? two.maxRate() : two.throughput();
                double x = a == 0 ? 0 : b / a;
                goals.add(new Goal(
                        "many-rooms: throughput 2 workers / 1 worker",
                        ">= 1.7 x",
                        String.format(
                                Locale.ROOT,
                                "%.2f x (%s / %s)%s%s",
                                x,
                                Runner.rate(b),
                                Runner.rate(a),
                                search.enabled()
                                        ? ""
                                        : m.closedLoop()
                                                ? ", in a closed loop"
                                                : ", at a fixed rate: use --find-max or --in-flight",
                                scaled(s)),
                        x >= 1.7 && full(s)));
            }
        }
        return goals;
    }

    /** The exactly-once check of a run's tips as a goal line. */
    private static Goal tipsOnce(String scenario, Run run) {
        Results.TipCheck tips = run.tips();
        boolean once = tips != null && tips.passed();
        return new Goal(
                scenario + ": lost or doubled tips",
                "0",
                tips == null
                        ? "not checked"
                        : once
                                ? "0 (" + tips.delivered() + " delivered, " + tips.refused() + " refused)"
                                : String.valueOf(tips.problems()),
                once);
    }

    private static void soak(Run run, List<Goal> goals) {
        Results.Soak soak = run.soak();
        if (soak == null) {
            return;
        }
        goals.add(new Goal(
                "soak: heap after GC, trend after the first third",
                String.format(Locale.ROOT, "<= %.1f MiB", soak.toleranceMiB()),
                String.format(
                        Locale.ROOT,
                        "%.1f MiB (%.1f KiB/min) over %d samples",
                        soak.growthMiB(),
                        soak.slopeKiBPerMinute(),
                        soak.samples().size()),
                soak.growthMiB() <= soak.toleranceMiB() && soak.samples().size() >= 6));
        goals.add(new Goal(
                "soak: thread and open-file growth",
                "<= 2 threads, <= 4 files",
                soak.threadGrowth() + " threads, " + soak.fileGrowth() + " files",
                soak.threadGrowth() <= 2 && soak.fileGrowth() <= 4));
        goals.add(tipsOnce("soak", run));
        Phase m = run.measured();
        goals.add(new Goal(
                "soak: GC pause p99 (reported)",
                "reported",
                String.format(
                        Locale.ROOT,
                        "%.1f ms (max %.1f ms, %d pauses; %d forced collections for the samples left out)",
                        m.gc().p99Ms(),
                        m.gc().maxMs(),
                        m.gc().pauses(),
                        soak.forcedCollections()),
                true));
    }

    private static @Nullable SweepPoint find(SweepResult sweep, String value) {
        return sweep.points().stream()
                .filter(p -> p.value().equals(value))
                .findFirst()
                .orElse(null);
    }

    /** Whether the scenario has the preset's size (not scaled down). */
    private static boolean full(Scenario s) {
        Scenario preset = Presets.named(s.name());
        return s.rooms() >= preset.rooms() && s.activeViewers() >= preset.activeViewers();
    }

    private static String scaled(Scenario s) {
        return full(s) ? "" : String.format(Locale.ROOT, " (scaled down: %,d rooms)", s.rooms());
    }
}
