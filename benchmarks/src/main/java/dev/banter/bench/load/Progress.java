package dev.banter.bench.load;

import dev.banter.bench.load.Results.Phase;
import dev.banter.bench.load.Results.Point;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One line a second on a stream (stderr for the command line): what was sent, completed, how fast, heap and GC. */
final class Progress {

    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    void note(String line) {
        out.println(line);
    }

    void setup(String scenario, int rooms, int total, long instances) {
        out.printf(
                Locale.ROOT, "[%s] setting up: %,d of %,d rooms, %,d instances%n", scenario, rooms, total, instances);
    }

    void tick(String scenario, String label, Point p, long inFlight) {
        out.printf(
                Locale.ROOT,
                "[%s %s %3.0fs] sent %,7d/s  done %,7d/s  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  in flight %,d"
                        + "  heap %,d MiB  gc %d (%.0f ms)%n",
                scenario,
                label,
                p.second(),
                p.sent(),
                p.completed(),
                p.p50Ms(),
                p.p99Ms(),
                p.maxMs(),
                inFlight,
                p.heapMiB(),
                p.gcPauses(),
                p.gcPauseMs());
    }

    void done(String scenario, Phase phase) {
        out.printf(
                Locale.ROOT,
                "[%s %s] %,d sent at %,.0f/s (%s), %,.0f done/s; outcome p50 %.2f p99 %.2f p99.9 %.2f max"
                        + " %.2f ms; action p99 %.2f ms; gc pauses %d (max %.1f ms)%n",
                scenario,
                phase.label(),
                phase.sent(),
                phase.sentRate(),
                phase.closedLoop() ? "closed loop" : String.format(Locale.ROOT, "target %,.0f/s", phase.targetRate()),
                phase.throughput(),
                phase.outcomes().p50Ms(),
                phase.outcomes().p99Ms(),
                phase.outcomes().p999Ms(),
                phase.outcomes().maxMs(),
                phase.actionDelivery().p99Ms(),
                phase.gc().pauses(),
                phase.gc().maxMs());
        if (!phase.cpuCores().isEmpty()) {
            out.printf(Locale.ROOT, "[%s %s] cores busy: %s%n", scenario, phase.label(), cores(phase.cpuCores()));
        }
    }

    /** {@code lanes 1.52, generator 0.31, ...}: the cores each group of threads kept busy. */
    static String cores(Map<String, Double> cores) {
        return cores.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
