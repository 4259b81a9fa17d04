package dev.banter.bench.load;

import dev.banter.bench.load.Results.FindMax;
import dev.banter.bench.load.Results.KindStats;
import dev.banter.bench.load.Results.Phase;
import dev.banter.bench.load.Results.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --find-max}: the highest open-loop rate a run sustains with its p99 (submit to outcome) within a bound.
 * Doubles the rate from the start rate until a step fails, then bisects between the last good and the first bad
 * rate until they are within 5% of each other or the steps run out. A step passes when its p99 is within the bound,
 * every event got its outcome, outcomes kept up with the rate (at least 90% of it per second) and at most 0.1% of
 * the events were refused ({@code OVERLOADED}, {@code DROPPED}, {@code BACKPRESSURE}): a runtime that sheds load
 * answers fast, so p99 alone would flatter it.
 */
final class MaxRateSearch {

    private MaxRateSearch() {}

    static FindMax run(LoadRun run, double boundMs, double startRate, double maxRate, double stepSeconds, int steps) {
        List<Step> done = new ArrayList<>();
        double good = 0;
        double bad = Double.POSITIVE_INFINITY;
        double rate = Math.min(startRate, maxRate);
        for (int i = 0; i < steps; i++) {
            Phase phase = run.phase(String.format(Locale.ROOT, "step %d", i + 1), rate, stepSeconds, 0);
            String why = verdict(phase, boundMs);
            boolean passed = why.isEmpty();
            done.add(new Step(rate, phase.throughput(), phase.outcomes().p99Ms(), passed, passed ? "ok" : why));
            if (passed) {
                good = Math.max(good, rate);
            } else {
                bad = Math.min(bad, rate);
            }
            double next;
            if (bad == Double.POSITIVE_INFINITY) {
                if (rate >= maxRate) {
                    break;
                }
                next = Math.min(maxRate, rate * 2);
            } else {
                next = good == 0 ? bad / 2 : (good + bad) / 2;
                if (good > 0 && (bad - good) / good < 0.05) {
                    break;
                }
            }
            rate = Math.round(next);
        }
        return new FindMax(boundMs, good, done);
    }

    /** Why a step fails, or empty if it passes. */
    static String verdict(Phase phase, double boundMs) {
        if (phase.failures() > 0) {
            return phase.failures() + " events without an outcome";
        }
        if (phase.outcomes().p99Ms() > boundMs) {
            return String.format(
                    Locale.ROOT, "p99 %.2f ms over %.2f ms", phase.outcomes().p99Ms(), boundMs);
        }
        if (phase.throughput() < 0.9 * phase.targetRate()) {
            return String.format(Locale.ROOT, "%.0f outcomes/s for %.0f/s", phase.throughput(), phase.targetRate());
        }
        long refused = 0;
        for (KindStats k : phase.kinds().values()) {
            refused += k.statuses().getOrDefault("overloaded", 0L)
                    + k.statuses().getOrDefault("dropped", 0L)
                    + k.statuses().getOrDefault("backpressure", 0L);
        }
        if (refused > phase.sent() / 1000) {
            return refused + " events refused";
        }
        return "";
    }
}
