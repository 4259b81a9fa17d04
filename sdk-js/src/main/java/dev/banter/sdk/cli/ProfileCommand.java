package dev.banter.sdk.cli;

import dev.banter.api.action.Action;
import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.Notice;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.core.extension.Manifests;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.Invocation;
import dev.banter.sdk.harness.SimulatedRoom;
import dev.banter.sdk.harness.Step;
import dev.banter.sdk.harness.StepResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code banter profile}: what an event stream costs the extension, against each limit. */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = {
            "Replays an event stream and reports per handler its calls and time (as the engine's trace measures"
                    + " them) and the mean, 99th percentile and maximum of the statements and bytes each call used"
                    + " against the per-call budgets, then each limit the run came near: time, statements,"
                    + " allocation, notice size and rate, kv key, value and total size, timers, log volume, with the"
                    + " extension's effective limit, what it used and a recommended limit. Statements are counted as"
                    + " the budget counts them, in a second replay (counting slows guest code down, so time and"
                    + " bytes come from the first); allocation is approximate (it includes the engine's own work for"
                    + " the call)."
        },
        footer = {
            "%nExamples:",
            "  banter profile --events session.jsonl",
            "  banter profile tipgoal --events traffic.jsonl --json",
            ExitCodes.FOOTER
        })
final class ProfileCommand extends StreamCommand {

    @Option(names = "--json", description = "print the profile as one JSON document")
    boolean json;

    /** Per handler: calls, total and maximum nanos. */
    private final Map<String, long[]> handlers = new TreeMap<>();
    /** Per handler: the bytes, and the statements, of each call. */
    private final Map<String, Spread> allocations = new TreeMap<>();

    private final Map<String, Spread> statements = new TreeMap<>();

    private final Map<LimitKind, Long> used = new EnumMap<>(LimitKind.class);
    private final Map<String, Integer> violations = new TreeMap<>();
    private final Deque<Long> noticeTimes = new ArrayDeque<>();
    private final Set<String> timers = new HashSet<>();

    @Override
    public Integer call() {
        ExtensionProject project = project(dir);
        List<Step> steps = project == null ? null : events(events);
        if (steps == null) {
            return ExitCodes.FAILED;
        }
        SandboxLimits limits = Manifests.effectiveLimits(project.manifest(), SandboxLimits.defaults());
        SandboxLimits maxima;
        try {
            // Counting statements slows guest code, so time and bytes come from a first run that does not count.
            maxima = replay(room.builder(project), steps, this::record, "profiled");
            replay(room.builder(project).countStatements(true), steps, this::countStatements, "counted statements of");
        } catch (RuntimeException e) {
            err().println("banter: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Map<String, Object> report = report(project, limits, maxima, steps.size());
        if (json) {
            out().println(Json.write(report));
        } else {
            print(report);
        }
        return ExitCodes.OK;
    }

    /** Replays the steps in a new room, handing every result to {@code recorder}; answers the room's maxima. */
    private SandboxLimits replay(
            SimulatedRoom.Builder builder,
            List<Step> steps,
            BiConsumer<SimulatedRoom, StepResult> recorder,
            String what) {
        try (SimulatedRoom sim = builder.build()) {
            recorder.accept(sim, sim.startResult());
            int n = 0;
            for (Step step : steps) {
                if (++n % 1000 == 0) {
                    progress(what + " " + n + " of " + steps.size() + " events");
                }
                recorder.accept(sim, sim.run(step));
            }
            return sim.maxima();
        }
    }

    private void countStatements(SimulatedRoom sim, StepResult r) {
        for (Invocation i : r.invocations()) {
            if (i.statements() >= 0) {
                statements.computeIfAbsent(i.handlerId(), k -> new Spread()).add(i.statements());
                max(LimitKind.STATEMENTS, i.statements());
            }
        }
    }

    private void record(SimulatedRoom sim, StepResult r) {
        for (Invocation i : r.invocations()) {
            if (i.allocatedBytes() >= 0) {
                allocations.computeIfAbsent(i.handlerId(), k -> new Spread()).add(i.allocatedBytes());
                max(LimitKind.ALLOCATION, i.allocatedBytes());
            }
        }
        if (r.outcome() != null) {
            for (TraceEntry t : r.outcome().trace()) {
                if (t.handlerId().startsWith("ext:")) {
                    long[] h = handlers.computeIfAbsent(t.handlerId(), k -> new long[3]);
                    h[0]++;
                    h[1] += t.nanos();
                    h[2] = Math.max(h[2], t.nanos());
                    max(LimitKind.DEADLINE, (t.nanos() + 999_999) / 1_000_000);
                }
            }
        }
        long now = sim.now().toEpochMilli();
        for (Action a : r.actions()) {
            switch (a) {
                case Notice notice -> {
                    max(LimitKind.NOTICE_SIZE, notice.text().length());
                    noticeTimes.addLast(now);
                    while (noticeTimes.peekFirst() < now - 60_000) {
                        noticeTimes.removeFirst();
                    }
                    max(LimitKind.NOTICE_RATE, noticeTimes.size());
                }
                case ScheduleTimer t -> {
                    timers.add(t.label());
                    max(LimitKind.TIMER_COUNT, timers.size());
                }
                case CancelTimer c -> timers.remove(c.label());
                default -> {}
            }
        }
        for (Map.Entry<String, String> e : sim.kv().entrySet()) {
            max(LimitKind.KV_KEY, e.getKey().length());
            max(LimitKind.KV_VALUE, e.getValue().length());
        }
        max(LimitKind.KV_TOTAL, sim.kvSize());
        long logChars = r.logs().stream().mapToLong(String::length).sum();
        used.merge(LimitKind.LOG_VOLUME, logChars, Long::sum);
        for (LimitViolation v : r.violations()) {
            violations.merge(v.limit().key(), 1, Integer::sum);
        }
    }

    private void max(LimitKind kind, long value) {
        used.merge(kind, value, Math::max);
    }

    private Map<String, Object> report(
            ExtensionProject project, SandboxLimits limits, SandboxLimits maxima, int events) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("extension", project.manifest().coordinates());
        doc.put("events", events);
        Map<String, Object> hs = new LinkedHashMap<>();
        Set<String> ids = new TreeSet<>(handlers.keySet());
        ids.addAll(allocations.keySet());
        ids.addAll(statements.keySet());
        for (String id : ids) {
            long[] h = handlers.getOrDefault(id, new long[3]);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("calls", h[0]);
            m.put("meanMicros", h[0] == 0 ? 0 : h[1] / h[0] / 1000);
            m.put("maxMicros", h[2] / 1000);
            m.put("statements", spread(statements.get(id), LimitKind.STATEMENTS, limits));
            m.put("allocation", spread(allocations.get(id), LimitKind.ALLOCATION, limits));
            hs.put(id, m);
        }
        doc.put("handlers", hs);
        Map<String, Object> ls = new LinkedHashMap<>();
        for (LimitKind k : LimitKind.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", k.unit());
            m.put("limit", limits.get(k));
            Long u = used.get(k);
            m.put("used", u);
            m.put("recommended", recommend(k, u, limits.get(k), maxima.get(k)));
            ls.put(k.key(), m);
        }
        doc.put("limits", ls);
        doc.put("violations", violations);
        return doc;
    }

    /** One handler's calls against a per-call budget: how many were measured, their mean, p99 and maximum. */
    private static Map<String, Object> spread(@Nullable Spread s, LimitKind kind, SandboxLimits limits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", kind.unit());
        m.put("calls", s == null ? 0 : s.count());
        m.put("mean", s == null ? 0 : s.mean());
        m.put("p99", s == null ? 0 : s.p99());
        m.put("max", s == null ? 0 : s.max());
        m.put("limit", limits.get(kind));
        return m;
    }

    /**
     * For the per-call budgets, see {@link Budgets#recommend}; else three times the peak for time, twice the peak for
     * quotas, never above the current limit. Null: keep it.
     */
    private static @Nullable Long recommend(LimitKind k, @Nullable Long used, long limit, long maximum) {
        if (used == null || used == 0 || k.isFloor()) {
            return null;
        }
        if (k == LimitKind.STATEMENTS || k == LimitKind.ALLOCATION) {
            return Budgets.recommend(used, maximum);
        }
        long factor = k == LimitKind.DEADLINE ? 3 : 2;
        return Math.min(limit, Math.max(1, used * factor));
    }

    @SuppressWarnings("unchecked")
    private void print(Map<String, Object> report) {
        out().println("profile of " + report.get("extension") + " over " + report.get("events") + " events");
        ((Map<String, Map<String, Object>>) report.get("handlers")).forEach((id, h) -> {
            out().printf(
                            Locale.ROOT,
                            "  handler %-24s calls %6d  mean %8d us  max %8d us%n",
                            id,
                            h.get("calls"),
                            h.get("meanMicros"),
                            h.get("maxMicros"));
            printSpread((Map<String, Object>) h.get("statements"));
            printSpread((Map<String, Object>) h.get("allocation"));
        });
        out().printf(Locale.ROOT, "  %-16s %14s %14s %14s  %s%n", "limit", "used", "limit", "recommended", "unit");
        ((Map<String, Map<String, Object>>) report.get("limits")).forEach((key, m) -> {
            Object u = m.get("used");
            Object r = m.get("recommended");
            boolean over = u instanceof Long used && !LimitKind.ofKey(key).isFloor() && used > (Long) m.get("limit");
            out().printf(
                            Locale.ROOT,
                            "  %-16s %14s %14s %14s  %s%n",
                            key,
                            u == null ? "-" : u,
                            m.get("limit"),
                            r == null ? "keep" : r,
                            m.get("unit"));
        });
        Map<String, Integer> v = (Map<String, Integer>) report.get("violations");
        out().println(v.isEmpty() ? "  no limit was broken" : "  violations: " + v);
        out().println("  (time is what the trace measured in this JVM; statements are counted as the budget counts"
                + " them; allocation is approximate: it includes the engine's own work for each call)");
    }

    private void printSpread(Map<String, Object> s) {
        out().printf(
                        Locale.ROOT,
                        "    %-30s mean %12d  p99 %12d  max %12d  limit %12d %s%n",
                        s.get("unit") + " per call",
                        s.get("mean"),
                        s.get("p99"),
                        s.get("max"),
                        s.get("limit"),
                        s.get("unit"));
    }
}
