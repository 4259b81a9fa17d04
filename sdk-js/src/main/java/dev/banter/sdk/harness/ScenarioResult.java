package dev.banter.sdk.harness;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of one scenario run: the expectations it did not meet, or the error that stopped it.
 *
 * @param scenario the scenario
 * @param mismatches every unmet expectation, in step order
 * @param error what stopped the run (settings that do not fit, code that fails to load, an invalid event), or null
 * @param nanos how long the run took
 * @param steps the results of the steps that ran, in order
 * @since 0.4
 */
public record ScenarioResult(
        Scenario scenario,
        List<Mismatch> mismatches,
        @Nullable String error,
        long nanos,
        List<StepResult> steps) {

    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        mismatches = List.copyOf(mismatches);
        steps = List.copyOf(steps);
    }

    /** Whether every expectation was met and nothing failed. */
    public boolean passed() {
        return mismatches.isEmpty() && error == null;
    }

    /**
     * A readable report: one line when it passed, else each mismatch as expected vs actual with its step's line.
     *
     * <pre>
     * FAIL goal reached (scenarios/goal.yaml) in 41 ms
     *   step 3, line 12: tip carol {amount=60, note=go, anonymous=false}
     *     notices:
     *       expected: [{text: "Thank you carol!", to: carol}]
     *       actual:   [{notice: {text: "Thanks carol", to: "carol"}}]
     * </pre>
     */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(passed() ? "PASS " : "FAIL ")
                .append(scenario.name())
                .append(" (")
                .append(scenario.file())
                .append(") in ")
                .append(String.format(Locale.ROOT, "%d ms", nanos / 1_000_000));
        if (error != null) {
            b.append("\n  error: ").append(error.replace("\n", "\n    "));
        }
        int lastStep = -1;
        for (Mismatch m : mismatches) {
            if (m.step() != lastStep) {
                b.append("\n  ")
                        .append(m.step() == 0 ? "final" : "step " + m.step())
                        .append(", ")
                        .append(scenario.file())
                        .append(':')
                        .append(m.line())
                        .append(": ")
                        .append(m.description());
                lastStep = m.step();
            }
            b.append("\n    ").append(m.key()).append(':');
            notes(b, m);
            b.append("\n      expected: ").append(m.expected());
            b.append("\n      actual:   ").append(m.actual());
        }
        return b.toString();
    }

    /** After the first mismatch of a step: what went wrong inside the extension during it, which often explains it. */
    private void notes(StringBuilder b, Mismatch m) {
        if (m.step() < 1
                || m.step() > steps.size()
                || !mismatches.stream()
                        .filter(x -> x.step() == m.step())
                        .findFirst()
                        .orElseThrow()
                        .equals(m)) {
            return;
        }
        StepResult r = steps.get(m.step() - 1);
        r.violations()
                .forEach(v ->
                        b.append("\n      (limit broken: ").append(v.describe()).append(')'));
        r.failures()
                .forEach(f -> b.append("\n      (handler failed: ").append(f).append(')'));
    }
}
