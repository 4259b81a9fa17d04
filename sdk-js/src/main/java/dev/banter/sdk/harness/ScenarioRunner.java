package dev.banter.sdk.harness;

import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.SandboxLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs scenarios: each in a fresh {@link SimulatedRoom}, step by step, checking each step's expectations and then
 * the final ones. A run never throws for what the extension or the scenario does; a failure to start or an invalid
 * event becomes {@link ScenarioResult#error()}.
 *
 * @since 0.4
 */
public final class ScenarioRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScenarioRunner() {}

    /** Runs a scenario under the default platform maxima. */
    public static ScenarioResult run(ExtensionProject project, Scenario scenario) {
        return run(project, scenario, SandboxLimits.defaults());
    }

    /** Runs a scenario under the given platform maxima, with {@link Timing#RELAXED} time limits. */
    public static ScenarioResult run(ExtensionProject project, Scenario scenario, SandboxLimits maxima) {
        return run(project, scenario, maxima, Timing.RELAXED);
    }

    /** Runs a scenario under the given platform maxima and treatment of the time limits. */
    public static ScenarioResult run(ExtensionProject project, Scenario scenario, SandboxLimits maxima, Timing timing) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(scenario, "scenario");
        long start = System.nanoTime();
        List<Mismatch> mismatches = new ArrayList<>();
        List<StepResult> results = new ArrayList<>();
        String error = null;
        try (SimulatedRoom room = SimulatedRoom.newBuilder(project)
                .settings(scenario.settings())
                .owner(scenario.room())
                .start(scenario.start())
                .kv(scenario.kv())
                .maxima(maxima)
                .timing(timing)
                .build()) {
            int n = 0;
            for (Step step : scenario.steps()) {
                n++;
                StepResult r;
                try {
                    r = room.run(step);
                } catch (RuntimeException e) {
                    error = "step " + n + ", " + scenario.file() + ":" + step.line() + ": " + step.describe() + ": "
                            + e.getMessage();
                    break;
                }
                results.add(r);
                check(step.expect(), r, room, new Where(n, step.line(), step.describe()), mismatches);
            }
            if (error == null) {
                Where end = new Where(0, scenario.finalCheck().line(), "after the last step");
                check(scenario.finalCheck(), null, room, end, mismatches);
            }
        } catch (RuntimeException e) {
            error = "the extension did not start: " + e.getMessage();
        }
        return new ScenarioResult(scenario, mismatches, error, System.nanoTime() - start, results);
    }

    private record Where(int step, int line, String description) {}

    private static void check(Expectation e, @Nullable StepResult r, SimulatedRoom room, Where w, List<Mismatch> out) {
        if (r != null && e.verdict() != null && e.verdict() != r.verdict()) {
            String actual = r.verdict() == null
                    ? "none (no message was sent)"
                    : r.verdict().key();
            if (r.outcome() != null && r.outcome().reason() != null) {
                actual += " (reason: " + r.outcome().reason() + ")";
            }
            out.add(mismatch(w, "verdict", e.verdict().key(), actual));
        }
        if (r != null && e.body() != null && !e.body().equals(r.body())) {
            out.add(mismatch(w, "body", quote(e.body()), r.body() == null ? "none (not delivered)" : quote(r.body())));
        }
        if (r != null && e.actions() != null) {
            List<ActionViews.View> actual = r.views().stream()
                    .filter(v -> ActionViews.LISTED_KINDS.contains(v.kind()))
                    .toList();
            if (!matchAll(e.actions(), actual, ExpectedAction::matches)) {
                out.add(mismatch(w, "actions", String.valueOf(e.actions()), describe(actual)));
            }
        }
        if (r != null && e.notices() != null) {
            List<ActionViews.View> actual =
                    r.views().stream().filter(v -> v.kind().equals("notice")).toList();
            if (!matchAll(e.notices(), actual, ExpectedNotice::matches)) {
                out.add(mismatch(w, "notices", String.valueOf(e.notices()), describe(actual)));
            }
        }
        if (e.subject() != null && !e.subject().equals(room.subject())) {
            out.add(mismatch(
                    w, "subject", quote(e.subject()), room.subject() == null ? "none set" : quote(room.subject())));
        }
        if (e.kv() != null) {
            Map<String, String> kv = room.kv();
            for (Map.Entry<String, @Nullable String> entry : e.kv().entrySet()) {
                String actual = kv.get(entry.getKey());
                if (!sameJson(entry.getValue(), actual)) {
                    out.add(mismatch(
                            w,
                            "kv." + entry.getKey(),
                            entry.getValue() == null ? "absent" : entry.getValue(),
                            actual == null ? "absent" : actual));
                }
            }
        }
        if (r != null && e.violations() != null) {
            List<String> actual = new ArrayList<>();
            for (LimitViolation v : r.violations()) {
                actual.add(v.limit().key());
            }
            if (!actual.equals(e.violations())) {
                List<String> details =
                        r.violations().stream().map(LimitViolation::describe).toList();
                out.add(mismatch(
                        w,
                        "violations",
                        String.valueOf(e.violations()),
                        actual + (details.isEmpty() ? "" : " " + details)));
            }
        }
    }

    private interface Matcher<E> {
        boolean matches(E expected, ActionViews.View actual);
    }

    private static <E> boolean matchAll(List<E> expected, List<ActionViews.View> actual, Matcher<E> m) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!m.matches(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<ActionViews.View> views) {
        return views.stream().map(ActionViews::describe).toList().toString();
    }

    private static Mismatch mismatch(Where w, String key, String expected, String actual) {
        return new Mismatch(w.step(), w.line(), w.description(), key, expected, actual);
    }

    private static String quote(String s) {
        return '"' + s + '"';
    }

    /** Whether two JSON texts (null: absent) hold the same value; numbers compare by value (1 equals 1.0). */
    static boolean sameJson(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return a == b;
        }
        try {
            return Objects.equals(normal(JSON.readValue(a, Object.class)), normal(JSON.readValue(b, Object.class)));
        } catch (JacksonException e) {
            return a.equals(b);
        }
    }

    private static @Nullable Object normal(@Nullable Object v) {
        return switch (v) {
            case null -> null;
            case Number n -> new BigDecimal(n.toString()).stripTrailingZeros();
            case List<?> l -> l.stream().map(ScenarioRunner::normal).toList();
            case Map<?, ?> m -> {
                Map<Object, @Nullable Object> out = new LinkedHashMap<>();
                m.forEach((k, x) -> out.put(k, normal(x)));
                yield out;
            }
            default -> v;
        };
    }
}
