package dev.banter.tck;

import dev.banter.tck.internal.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes a one-page Markdown summary of a TCK run: the rules passed, failed and skipped, by SPEC.md section, then
 * each failure and skip with its message.
 *
 * <p>{@link TckRunner} adds one. Under Maven Surefire or Gradle the JUnit Platform finds this listener through
 * {@link java.util.ServiceLoader} and writes the summary only when the system property {@code banter.tck.summary} (or
 * the environment variable {@code BANTER_TCK_SUMMARY}) names the file; otherwise it stays silent.
 *
 * @since 0.4
 */
public final class TckSummaryListener implements TestExecutionListener {

    /** What became of one test of one rule. */
    public enum Result {
        PASSED,
        FAILED,
        SKIPPED
    }

    /** One finished test that carries a rule number. */
    public record RuleTest(
            String rule,
            String test,
            Result result,
            @Nullable String message) {}

    private final @Nullable Path target;
    private final ConcurrentLinkedQueue<RuleTest> tests = new ConcurrentLinkedQueue<>();
    private volatile @Nullable TestPlan plan;

    /** The listener the JUnit Platform loads: it writes where {@code banter.tck.summary} says, if anywhere. */
    public TckSummaryListener() {
        this(configured());
    }

    /** A listener that writes the summary to {@code target} at the end of the run, or nowhere if null. */
    public TckSummaryListener(@Nullable Path target) {
        this.target = target;
    }

    private static @Nullable Path configured() {
        String where = System.getProperty("banter.tck.summary", System.getenv("BANTER_TCK_SUMMARY"));
        return where == null || where.isBlank() ? null : Path.of(where);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        add(test, Result.SKIPPED, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL -> add(test, Result.PASSED, null);
            case ABORTED -> add(test, Result.SKIPPED, message(result));
            case FAILED -> add(test, Result.FAILED, message(result));
        }
    }

    private static @Nullable String message(TestExecutionResult result) {
        return result.getThrowable().map(Throwable::getMessage).orElse(null);
    }

    private void add(TestIdentifier test, Result result, @Nullable String message) {
        if (test.isContainer() && result == Result.PASSED) {
            return; // a test factory or a parameterised test: its tests carry the results
        }
        MethodSource method = null;
        String suffix = "";
        if (test.getSource().orElse(null) instanceof MethodSource direct) {
            method = direct;
        } else if (ruleMethod(test) instanceof MethodSource parent) {
            method = parent; // a dynamic test (a scenario of rule 14.6): the rule is its factory's
            suffix = "[" + test.getDisplayName() + "]";
        }
        if (method == null) {
            return;
        }
        Optional<String> rule = Rules.ruleOf(method.getMethodName());
        if (rule.isEmpty()) {
            return;
        }
        String simpleClass =
                method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1);
        tests.add(new RuleTest(rule.get(), simpleClass + "." + method.getMethodName() + suffix, result, message));
    }

    /** The nearest ancestor's method source, for a test that has none of its own. */
    private @Nullable MethodSource ruleMethod(TestIdentifier test) {
        TestPlan p = plan;
        if (p == null) {
            return null;
        }
        Optional<TestIdentifier> parent = p.getParent(test);
        while (parent.isPresent()) {
            if (parent.get().getSource().orElse(null) instanceof MethodSource m) {
                return m;
            }
            parent = p.getParent(parent.get());
        }
        return null;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (target == null) {
            return;
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(target, summary());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the TCK summary to " + target, e);
        }
    }

    /** The tests seen so far. */
    public List<RuleTest> tests() {
        return List.copyOf(tests);
    }

    /** Each rule's result: failed if a test of it failed, passed if one passed and none failed, else skipped. */
    public Map<String, Result> ruleResults() {
        Map<String, Result> out = new TreeMap<>(TckSummaryListener::compareRules);
        for (RuleTest t : tests) {
            out.merge(t.rule(), t.result(), TckSummaryListener::worse);
        }
        return out;
    }

    private static Result worse(Result a, Result b) {
        if (a == Result.FAILED || b == Result.FAILED) {
            return Result.FAILED;
        }
        return a == Result.PASSED || b == Result.PASSED ? Result.PASSED : Result.SKIPPED;
    }

    private static int compareRules(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }

    /** The Markdown summary of the tests seen so far. */
    public String summary() {
        Map<String, Result> rules = ruleResults();
        StringBuilder s = new StringBuilder("# Banter TCK summary\n\n");
        s.append(rules.size())
                .append(" rules checked: ")
                .append(count(rules, null, Result.PASSED))
                .append(" passed, ")
                .append(count(rules, null, Result.FAILED))
                .append(" failed, ")
                .append(count(rules, null, Result.SKIPPED))
                .append(" skipped (")
                .append(tests.size())
                .append(" tests).\n\n| section | passed | failed | skipped |\n|---|---|---|---|\n");
        for (Map.Entry<Integer, String> section : Rules.sections().entrySet()) {
            int n = section.getKey();
            if (rules.keySet().stream().noneMatch(r -> r.startsWith(n + "."))) {
                continue;
            }
            s.append("| ").append(n).append(". ").append(section.getValue());
            for (Result r : Result.values()) {
                s.append(" | ").append(count(rules, n, r));
            }
            s.append(" |\n");
        }
        list(s, "Failed", Result.FAILED);
        list(s, "Skipped", Result.SKIPPED);
        return s.toString();
    }

    private static long count(Map<String, Result> rules, @Nullable Integer section, Result result) {
        return rules.entrySet().stream()
                .filter(e -> section == null || e.getKey().startsWith(section + "."))
                .filter(e -> e.getValue() == result)
                .count();
    }

    private void list(StringBuilder s, String title, Result result) {
        List<RuleTest> matching = new ArrayList<>();
        for (RuleTest t : tests) {
            if (t.result() == result) {
                matching.add(t);
            }
        }
        if (matching.isEmpty()) {
            return;
        }
        matching.sort((a, b) -> compareRules(a.rule(), b.rule()));
        s.append("\n## ").append(title).append("\n\n");
        for (RuleTest t : matching) {
            String level = knownLevel(t.rule());
            String message = t.message() == null
                    ? ""
                    : t.message().strip().lines().findFirst().orElse("");
            s.append("- **")
                    .append(t.rule())
                    .append("** ")
                    .append(level)
                    .append(" `")
                    .append(t.test())
                    .append("`");
            s.append(message.isEmpty() ? "" : ": " + message).append('\n');
        }
    }

    private static String knownLevel(String rule) {
        try {
            return Rules.get(rule).level();
        } catch (java.util.NoSuchElementException e) {
            return "(not in SPEC.md)";
        }
    }
}
