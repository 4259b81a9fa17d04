package dev.banter.bench.load;

import static dev.banter.bench.load.Svg.escape;
import static dev.banter.bench.load.Svg.number;

import dev.banter.api.metrics.RoomMetrics;
import dev.banter.bench.load.Results.Goal;
import dev.banter.bench.load.Results.HandlerCost;
import dev.banter.bench.load.Results.KindStats;
import dev.banter.bench.load.Results.LoadResult;
import dev.banter.bench.load.Results.Phase;
import dev.banter.bench.load.Results.Point;
import dev.banter.bench.load.Results.Run;
import dev.banter.bench.load.Results.Step;
import dev.banter.bench.load.Results.SweepPoint;
import dev.banter.bench.load.Svg.Series;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * The self-contained HTML report of a {@link LoadResult}: the goals first, then per run the throughput and latency
 * over time, the latency percentile curve, the per-extension cost, outcomes per kind, and the sweep or search.
 */
final class HtmlReport {

    private static final String STYLE = "body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;"
            + "text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
            + ".ok{color:#2a7d2a;font-weight:bold}.bad{color:#b22;font-weight:bold}svg{display:block;margin:.5em 0}"
            + "code{background:#f3f3f3;padding:1px 4px}";

    private HtmlReport() {}

    static String render(LoadResult r) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><title>");
        b.append("banter loadtest: ")
                .append(escape(r.scenario()))
                .append("</title><style>")
                .append(STYLE);
        b.append("</style></head><body><h1>banter loadtest: ")
                .append(escape(r.scenario()))
                .append("</h1>");
        b.append("<p>").append(escape(r.description())).append("</p>");
        b.append("<p>").append(r.passed() ? "<span class='ok'>PASSED</span>" : "<span class='bad'>FAILED</span>");
        for (String f : r.failures()) {
            b.append("<br><span class='bad'>").append(escape(f)).append("</span>");
        }
        b.append("</p><p>Started ")
                .append(escape(r.startedAt()))
                .append(" on ")
                .append(r.machine().cpus())
                .append(" CPUs, ")
                .append(escape(r.machine().vm()))
                .append(' ')
                .append(escape(r.machine().jvm()))
                .append(", max heap ")
                .append(r.machine().maxHeapMiB())
                .append(" MiB, ")
                .append(escape(r.machine().os()))
                .append(".<br>JVM flags: <code>")
                .append(escape(String.join(" ", r.machine().jvmArgs())))
                .append("</code><br>Arguments: <code>")
                .append(escape(String.join(" ", r.arguments())))
                .append("</code></p>");
        goals(b, r.goals());
        if (r.noisyRatio() != null) {
            b.append(String.format(
                    Locale.ROOT,
                    "<p>p99 of the measured rooms with the hostile room / without it: <b>%.2f</b></p>",
                    r.noisyRatio()));
        }
        if (r.sweep() != null) {
            sweep(b, r.sweep());
        }
        for (Run run : r.runs()) {
            run(b, run);
        }
        return b.append("</body></html>").toString();
    }

    private static void goals(StringBuilder b, List<Goal> goals) {
        if (goals.isEmpty()) {
            return;
        }
        b.append("<h2>Goals</h2><table><tr><th>goal</th><th>target</th><th>measured</th><th></th></tr>");
        for (Goal g : goals) {
            b.append("<tr><td>")
                    .append(escape(g.name()))
                    .append("</td><td>")
                    .append(escape(g.target()))
                    .append("</td><td>")
                    .append(escape(g.measured()))
                    .append("</td><td>")
                    .append(g.met() ? "<span class='ok'>met</span>" : "<span class='bad'>not met</span>")
                    .append("</td></tr>");
        }
        b.append("</table>");
    }

    private static void sweep(StringBuilder b, Results.SweepResult sweep) {
        List<SweepPoint> ps = sweep.points();
        b.append("<h2>Sweep over ")
                .append(escape(sweep.parameter()))
                .append("</h2><table><tr><th>")
                .append(escape(sweep.parameter()))
                .append("</th><th>outcomes/s</th><th>max rate</th><th>p50 ms</th><th>p99 ms</th><th>instances</th>"
                        + "<th>heap after set-up MiB</th><th>KiB per instance</th></tr>");
        for (SweepPoint p : ps) {
            b.append(row(
                    p.value(),
                    number(p.throughput()),
                    p.maxRate() == null ? "" : number(p.maxRate()),
                    fmt(p.p50Ms()),
                    fmt(p.p99Ms()),
                    number(p.instances()),
                    number(p.heapAfterSetupMiB()),
                    fmt(p.kibPerInstance())));
        }
        b.append("</table>");
        double[] xs = new double[ps.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
        }
        DoubleFunction<String> label = x -> {
            int i = (int) Math.round(x);
            return Math.abs(x - i) < 0.01 && i >= 0 && i < ps.size() ? ps.get(i).value() : "";
        };
        boolean search = ps.stream().anyMatch(p -> p.maxRate() != null);
        b.append(Svg.lines(
                "throughput vs " + sweep.parameter(),
                sweep.parameter(),
                search ? "max rate (events/s)" : "outcomes/s",
                List.of(new Series(
                        search ? "max rate" : "outcomes/s",
                        xs,
                        values(ps, p -> p.maxRate() != null ? p.maxRate() : p.throughput()))),
                label));
        b.append(Svg.lines(
                "p99 vs " + sweep.parameter(),
                sweep.parameter(),
                "ms",
                List.of(new Series("p99", xs, values(ps, SweepPoint::p99Ms))),
                label));
        b.append(Svg.lines(
                "memory vs " + sweep.parameter(),
                sweep.parameter(),
                "MiB after set-up",
                List.of(new Series("heap after GC", xs, values(ps, p -> p.heapAfterSetupMiB()))),
                label));
    }

    private static void run(StringBuilder b, Run run) {
        b.append("<h2>Run: ").append(escape(run.label())).append("</h2>");
        b.append("<table><tr><th>workers</th><th>rooms</th><th>instances</th><th>set-up s</th><th>guest code</th>"
                + "<th>heap before MiB</th><th>heap after set-up MiB</th><th>KiB per instance</th>"
                + "<th>quarantines</th><th>load retries</th></tr>");
        b.append(row(
                String.valueOf(run.workers()),
                number(run.rooms()),
                number(run.instances()),
                fmt(run.setupSeconds()),
                run.executionMode(),
                number(run.heapBeforeMiB()),
                number(run.heapAfterSetupMiB()),
                fmt(run.kibPerInstance()),
                number(run.quarantines()),
                String.valueOf(run.loadRetries())));
        b.append("</table>");
        phases(b, run.phases());
        Phase m = run.measured();
        timeline(b, m);
        curve(b, m);
        kinds(b, m);
        handlers(b, run.handlers());
        counts(b, run);
        if (run.findMax() != null) {
            findMax(b, run.findMax());
        }
        if (run.tips() != null) {
            Results.TipCheck t = run.tips();
            b.append("<h3>Tips accounted exactly once: ")
                    .append(t.passed() ? "<span class='ok'>yes</span>" : "<span class='bad'>NO</span>")
                    .append("</h3><table><tr><th>sent</th><th>outcomes</th><th>delivered</th><th>refused</th>"
                            + "<th>tally tips</th><th>tokens delivered</th><th>tally tokens</th></tr>")
                    .append(row(
                            number(t.sent()),
                            number(t.outcomes()),
                            number(t.delivered()),
                            number(t.refused()),
                            number(t.kvTips()),
                            number(t.deliveredTokens()),
                            number(t.kvTokens())))
                    .append("</table>");
            for (String p : t.problems()) {
                b.append("<p class='bad'>").append(escape(p)).append("</p>");
            }
        }
        if (run.soak() != null) {
            soak(b, run.soak());
        }
        if (!run.installFailures().isEmpty()) {
            b.append("<h3>Not installed</h3><ul>");
            run.installFailures()
                    .forEach(f -> b.append("<li>").append(escape(f)).append("</li>"));
            b.append("</ul>");
        }
    }

    private static void soak(StringBuilder b, Results.Soak soak) {
        List<Results.SoakSample> samples = soak.samples();
        double[] xs = samples.stream().mapToDouble(s -> s.second() / 60).toArray();
        b.append("<h3>Soak: ")
                .append(soak.passed() ? "<span class='ok'>held</span>" : "<span class='bad'>FAILED</span>")
                .append("</h3>");
        if (!samples.isEmpty()) {
            b.append(Svg.lines(
                    "heap after a full GC, every " + number(soak.sampleSeconds()) + " s",
                    "minutes",
                    "MiB",
                    List.of(new Svg.Series(
                            "heap",
                            xs,
                            samples.stream()
                                    .mapToDouble(s -> s.heapAfterGcKiB() / 1024.0)
                                    .toArray())),
                    x -> number(x)));
            b.append(Svg.lines(
                    "threads and open files",
                    "minutes",
                    "count",
                    List.of(
                            new Svg.Series(
                                    "threads",
                                    xs,
                                    samples.stream()
                                            .mapToDouble(s -> s.threads())
                                            .toArray()),
                            new Svg.Series(
                                    "open files",
                                    xs,
                                    samples.stream()
                                            .mapToDouble(s -> s.openFiles())
                                            .toArray())),
                    x -> number(x)));
        }
        b.append("<table><tr><th>samples</th><th>heap trend (KiB/min)</th><th>growth over the steady part (MiB)</th>"
                        + "<th>allowed (MiB)</th><th>thread growth</th><th>open-file growth</th></tr>")
                .append(row(
                        number(samples.size()),
                        number(soak.slopeKiBPerMinute()),
                        number(soak.growthMiB()),
                        number(soak.toleranceMiB()),
                        number(soak.threadGrowth()),
                        number(soak.fileGrowth())))
                .append("</table>");
        for (String p : soak.problems()) {
            b.append("<p class='bad'>").append(escape(p)).append("</p>");
        }
    }

    private static void phases(StringBuilder b, List<Phase> phases) {
        b.append("<h3>Phases</h3><table><tr><th>phase</th><th>target/s</th><th>sent/s</th><th>outcomes/s</th>"
                + "<th>s</th><th>sent</th><th>p50</th><th>p99</th><th>p99.9</th><th>max</th><th>action p99</th>"
                + "<th>generator lag p99</th><th>GC pauses (max ms)</th><th>heap max MiB</th><th>cores busy</th></tr>");
        for (Phase p : phases) {
            b.append(row(
                    p.label(),
                    p.closedLoop() ? "closed loop" : number(p.targetRate()),
                    number(p.sentRate()),
                    number(p.throughput()),
                    fmt(p.seconds()),
                    number(p.sent()),
                    fmt(p.outcomes().p50Ms()),
                    fmt(p.outcomes().p99Ms()),
                    fmt(p.outcomes().p999Ms()),
                    fmt(p.outcomes().maxMs()),
                    fmt(p.actionDelivery().p99Ms()),
                    fmt(p.generatorLag().p99Ms()),
                    p.gc().pauses() + " (" + fmt(p.gc().maxMs()) + ")",
                    number(p.heapMaxMiB()),
                    Progress.cores(p.cpuCores())));
        }
        b.append("</table><p>Latencies in ms from each event's intended send time (open loop; in a closed loop, from"
                + " the time it went out). Cores busy: the CPU time of each group of threads over the phase's wall"
                + " time (Linux only).</p>");
    }

    private static void timeline(StringBuilder b, Phase m) {
        List<Point> t = m.timeline();
        double[] xs = values(t, Point::second);
        b.append(Svg.lines(
                "throughput over time (" + m.label() + ")",
                "seconds",
                "events/s",
                List.of(
                        new Series("sent/s", xs, values(t, p -> p.sent())),
                        new Series("outcomes/s", xs, values(t, p -> p.completed()))),
                Svg::number));
        b.append(Svg.lines(
                "latency over time, submit to outcome (" + m.label() + ")",
                "seconds",
                "ms",
                List.of(
                        new Series("p50", xs, values(t, Point::p50Ms)),
                        new Series("p99", xs, values(t, Point::p99Ms)),
                        new Series("max", xs, values(t, Point::maxMs))),
                Svg::number));
        b.append(Svg.lines(
                "heap in use (" + m.label() + ")",
                "seconds",
                "MiB",
                List.of(new Series("heap", xs, values(t, p -> p.heapMiB()))),
                Svg::number));
    }

    private static void curve(StringBuilder b, Phase m) {
        List<double[]> c = m.curve();
        double[] xs = new double[c.size()];
        double[] ys = new double[c.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Svg.ninesOf(c.get(i)[0]);
            ys[i] = c.get(i)[1];
        }
        b.append(Svg.lines(
                "latency percentile curve, submit to outcome (" + m.label() + ")",
                "percentile",
                "ms",
                List.of(new Series("outcome", xs, ys)),
                Svg::nines));
    }

    private static void kinds(StringBuilder b, Phase m) {
        b.append("<h3>Events by kind (")
                .append(escape(m.label()))
                .append(
                        ")</h3><table><tr><th>kind</th>"
                                + "<th>sent</th><th>outcomes</th><th>p50 ms</th><th>p99 ms</th><th>p99.9 ms</th><th>max ms</th></tr>");
        for (Map.Entry<String, KindStats> e : m.kinds().entrySet()) {
            KindStats k = e.getValue();
            b.append(row(
                    e.getKey(),
                    number(k.sent()),
                    k.statuses().toString(),
                    fmt(k.latency().p50Ms()),
                    fmt(k.latency().p99Ms()),
                    fmt(k.latency().p999Ms()),
                    fmt(k.latency().maxMs())));
        }
        b.append("</table>");
    }

    private static void handlers(StringBuilder b, List<HandlerCost> hs) {
        if (hs.isEmpty()) {
            return;
        }
        b.append("<h3>Cost per extension and handler (whole run, all rooms)</h3>");
        b.append(Svg.bars(
                "time in handler, ms",
                hs.stream().map(HandlerCost::id).toList(),
                values(hs, HandlerCost::totalMs),
                "ms"));
        b.append("<table><tr><th>handler</th><th>invocations</th><th>mean µs</th><th>p99 µs</th><th>total ms</th>"
                + "<th>share</th></tr>");
        for (HandlerCost h : hs) {
            b.append(row(
                    h.id(),
                    number(h.invocations()),
                    fmt(h.meanUs()),
                    fmt(h.p99Us()),
                    fmt(h.totalMs()),
                    String.format(Locale.ROOT, "%.1f%%", 100 * h.share())));
        }
        b.append("</table>");
    }

    private static void counts(StringBuilder b, Run run) {
        RoomMetrics c = run.runtime();
        b.append("<h3>Runtime counters (whole run)</h3><table><tr><th>accepted</th><th>delivered</th><th>rejected</th>"
                + "<th>overloaded</th><th>coalesced</th><th>dropped</th><th>backpressured</th><th>handler failures</th>"
                + "<th>actions</th><th>undeliverable</th><th>permission denials</th><th>max queue</th></tr>");
        b.append(row(
                number(c.accepted()),
                number(c.delivered()),
                number(c.rejected()),
                number(c.overloaded()),
                number(c.coalesced()),
                number(c.dropped()),
                number(c.backpressured()),
                number(c.handlerFailures()),
                number(c.actionsDelivered()),
                number(c.actionsUndeliverable()),
                number(c.permissionDenials()),
                number(c.maxQueueDepth())));
        b.append("</table><p>Limit violations: ")
                .append(
                        run.violations().isEmpty()
                                ? "none"
                                : escape(run.violations().toString()))
                .append("</p>");
    }

    private static void findMax(StringBuilder b, Results.FindMax f) {
        b.append(String.format(
                Locale.ROOT,
                "<h3>Highest rate with p99 &le; %s ms: %s events/s</h3>",
                fmt(f.boundMs()),
                number(f.maxRate())));
        b.append("<table><tr><th>step</th><th>rate/s</th><th>outcomes/s</th><th>p99 ms</th><th>result</th></tr>");
        int i = 1;
        for (Step s : f.steps()) {
            b.append(row(
                    String.valueOf(i++),
                    number(s.rate()),
                    number(s.throughput()),
                    fmt(s.p99Ms()),
                    s.passed() ? "ok" : s.why()));
        }
        b.append("</table>");
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("<tr>");
        for (String c : cells) {
            b.append("<td>").append(escape(c)).append("</td>");
        }
        return b.append("</tr>").toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.2f", v);
    }

    private static <T> double[] values(List<T> items, ToDoubleFunction<T> f) {
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(items.get(i));
        }
        return out;
    }
}
