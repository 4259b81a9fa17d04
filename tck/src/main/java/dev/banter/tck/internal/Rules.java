package dev.banter.tck.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of {@code SPEC.md}, read from the copy packaged with the TCK, so the spec is the one list of rules and the
 * verification classes, the summary and the coverage test all use it.
 */
public final class Rules {

    /** The resource SPEC.md is packaged as. */
    public static final String RESOURCE = "/dev/banter/tck/SPEC.md";

    private static final Pattern SECTION = Pattern.compile("^## (\\d+)\\. (.+)$");
    private static final Pattern RULE =
            Pattern.compile("^- \\*\\*(\\d+)\\.(\\d+)\\*\\* (MUST|SHOULD): (.+?) — \\*intent:\\* (.+)$");
    /** The rule a test method checks: {@code required_spec3_2_rejectStopsTheChain}. */
    private static final Pattern TEST_NAME = Pattern.compile("^(required|recommended)_spec(\\d+)_(\\d+)_\\w+$");

    private static final Rules INSTANCE = load();

    private final Map<String, Rule> rules;
    private final Map<Integer, String> sections;

    private Rules(Map<String, Rule> rules, Map<Integer, String> sections) {
        this.rules = rules;
        this.sections = sections;
    }

    /** One numbered rule. */
    public record Rule(String id, int section, boolean must, String statement, String intent) {

        /** {@code MUST} or {@code SHOULD}. */
        public String level() {
            return must ? "MUST" : "SHOULD";
        }

        /** How assertion messages name the rule: {@code spec 3.2 (MUST: an interceptor's reject ...)}. */
        public String describe() {
            String s = statement.length() > 110 ? statement.substring(0, 107) + "..." : statement;
            return "spec " + id + " (" + level() + ": " + s + ")";
        }
    }

    /** Every rule, in spec order. */
    public static List<Rule> all() {
        return List.copyOf(INSTANCE.rules.values());
    }

    /** The section titles by number, in spec order. */
    public static Map<Integer, String> sections() {
        return INSTANCE.sections;
    }

    /**
     * The rule with that number.
     *
     * @throws NoSuchElementException if SPEC.md has no such rule
     */
    public static Rule get(String id) {
        Rule rule = INSTANCE.rules.get(id);
        if (rule == null) {
            throw new NoSuchElementException("SPEC.md has no rule " + id);
        }
        return rule;
    }

    /** A description for assertions: the rule and what is checked, {@code [spec 3.2 (...)] calls after a reject}. */
    public static String check(String id, String what) {
        return get(id).describe() + ": " + what;
    }

    /** The rule number a test method name carries, such as {@code 3.2}, if it follows the naming convention. */
    public static Optional<String> ruleOf(String methodName) {
        Matcher m = TEST_NAME.matcher(methodName);
        return m.matches() ? Optional.of(m.group(2) + "." + m.group(3)) : Optional.empty();
    }

    /** Whether a test method name says it checks a MUST rule ({@code required_}). */
    public static boolean isRequired(String methodName) {
        return methodName.startsWith("required_");
    }

    private static Rules load() {
        try (InputStream in = Rules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the TCK jar lacks " + RESOURCE + ": rebuild banter-tck");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the rules and sections of a spec text. */
    static Rules parse(String text) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<Integer, String> sections = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                sections.put(
                        Integer.parseInt(section.group(1)), section.group(2).strip());
                continue;
            }
            if (!line.startsWith("- **")) {
                continue;
            }
            Matcher m = RULE.matcher(line);
            if (!m.matches()) {
                problems.add(line);
                continue;
            }
            String id = m.group(1) + "." + m.group(2);
            int number = Integer.parseInt(m.group(1));
            if (!sections.containsKey(number)
                    || rules.put(id, new Rule(id, number, m.group(3).equals("MUST"), m.group(4), m.group(5))) != null) {
                problems.add(line);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "SPEC.md has rule lines out of form (or duplicates, or outside their" + " section): " + problems);
        }
        return new Rules(rules, sections);
    }
}
