package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Hostile.TIGHT;
import static dev.banter.sandbox.graal.Hostile.assertContained;
import static dev.banter.sandbox.graal.Hostile.assertWitnessWorks;
import static dev.banter.sandbox.graal.Hostile.chat;
import static dev.banter.sandbox.graal.Hostile.hostile;
import static dev.banter.sandbox.graal.Hostile.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Action;
import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.ViolationPolicy;
import dev.banter.api.spi.StateScope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own hostile set ({@code src/test/resources/hostile}): about sixty escape probes, each its own test,
 * and table-driven cases where each message body picks one attack and the table says how it must end.
 */
class ProjectHostileTest {

    private static final String DEADLINE = "deadline exceeded by ";
    private static final String ALLOCATION = "allocation exceeded by ";
    private static final String PASS = "";

    /** Hostile files with a table of body -> expected failure text ({@link #PASS} for none); escape probes aside. */
    private static final Map<String, Map<String, String>> TABLES = Map.of(
            "finally-loop.js", table("again", DEADLINE, "continue", DEADLINE, "catch", DEADLINE),
            "promise-flood.js", table("microtasks", DEADLINE + "|" + ALLOCATION, "async", DEADLINE + "|" + ALLOCATION),
            "memory-bombs.js",
                    table(
                            "array", ALLOCATION,
                            "buffer", "over the allocation budget",
                            "typed", "over the allocation budget",
                            "json", "over the allocation budget"),
            "json-bombs.js",
                    table(
                            "deep-parse", "RangeError|" + DEADLINE,
                            "deep-kv", "RangeError|" + DEADLINE,
                            "cyclic", "TypeError",
                            "tojson-throws", "toJSON says no",
                            "tojson-loops", DEADLINE,
                            "getter-throws", "getter says no",
                            "bigint", "TypeError"),
            "hostile-arguments.js",
                    table(
                            "modify-getter-throws", "body says no",
                            "modify-getter-loops", DEADLINE,
                            "modify-body-object", "toString says no",
                            "notice-option-throws", "to says no",
                            "notice-option-loops", DEADLINE,
                            "notice-proxy", "trap",
                            "notice-bad-weight", "toString says no",
                            "timer-nan", "TypeError: timers.after('t', ms): ms must be a number",
                            "timer-infinity", "timer delay must be 1s..24h",
                            "timer-every-infinity", "timer delay must be 1s..24h",
                            "timer-negative", "the interval must be at least 1000 ms",
                            "timer-huge-label", "timer labels are 1..64 chars",
                            "mute-object-user", "TypeError: moderation.mute: user must be a user name",
                            "mute-nan", "mute duration must be 1s..7d",
                            "mute-infinity", "mute duration must be 1s..7d",
                            "ban-huge-user", "TypeError: moderation.ban: user must be a user name",
                            "kick-loop-user", DEADLINE,
                            "warn-reason-throws", "toString says no",
                            "reject-loops", DEADLINE,
                            "reject-huge", PASS,
                            "subject-huge", "TypeError: room.setSubject",
                            "kv-key-object", "kv keys are strings",
                            "log-loops", DEADLINE));

    /** Per file, the limits its attacks run under: what each attack is about trips fast, the rest does not. */
    private static final Map<String, SandboxLimits> LIMITS = Map.of(
            "finally-loop.js", TIGHT,
            "promise-flood.js", TIGHT,
            "memory-bombs.js",
                    TIGHT.with(LimitKind.DEADLINE, 5_000)
                            .with(LimitKind.LOAD_DEADLINE, 5_000)
                            .with(LimitKind.ALLOCATION, 16L << 20),
            "json-bombs.js", TIGHT.with(LimitKind.DEADLINE, 1_000),
            "hostile-arguments.js", TIGHT.with(LimitKind.DEADLINE, 1_000).with(LimitKind.ALLOCATION, 256L << 20));

    private static Map<String, String> table(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static Path dir() {
        try {
            return Path.of(ProjectHostileTest.class.getResource("/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFileHasACase_andAHeader() {
        TreeSet<String> files = Hostile.scripts(dir()).stream()
                .map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> cases = new TreeSet<>(TABLES.keySet());
        cases.add("escape-probes.js");
        assertThat(files).isEqualTo(cases);
        assertThat(LIMITS.keySet()).isEqualTo(TABLES.keySet());
        for (Path file : Hostile.scripts(dir())) {
            assertThat(Hostile.header(Fixture.read(file))).as(file.toString()).containsKeys("tries", "expect");
        }
    }

    @TestFactory
    Stream<DynamicTest> tables() {
        return TABLES.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> runTable(name)));
    }

    private static void runTable(String name) {
        String code = Fixture.read(dir().resolve(name));
        String id = name.substring(0, name.length() - 3);
        try (Fixture f = Hostile.fixture()) {
            Hostile.witness(f);
            // every attack runs: no quarantine on the way
            f.install(f.spec("hostile", id, code)
                    .withLimits(LIMITS.get(name))
                    .withPolicy(ViolationPolicy.defaults().quarantineAfter(1_000, Duration.ofMinutes(1))));
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<String, String> c : TABLES.get(name).entrySet()) {
                Outcome out = assertContained(chat(f, c.getKey()));
                assertThat(out.status()).as(c.getKey()).isIn(Outcome.Status.DELIVERED, Outcome.Status.REJECTED);
                String got = out.trace().stream()
                        .filter(t -> t.failure() != null)
                        .map(t -> t.failure())
                        .findFirst()
                        .orElse(PASS);
                boolean ok = c.getValue().equals(PASS)
                        ? got.equals(PASS)
                        : Arrays.stream(c.getValue().split("\\|")).anyMatch(got::contains);
                if (!ok) {
                    wrong.add(c.getKey() + ": expected '" + c.getValue() + "', got '" + got + "'");
                }
                if (c.getKey().equals("reject-huge")) {
                    assertThat(out.status()).as("%s", out.trace()).isEqualTo(Outcome.Status.REJECTED);
                    assertThat(out.reason()).hasSizeLessThan(300);
                }
            }
            assertThat(wrong).as(name).isEmpty();
            // every stop was reported with its measure beyond its limit, and in time
            violations(f, LimitKind.DEADLINE, id).forEach(Hostile::assertStoppedInTime);
            violations(f, LimitKind.ALLOCATION, id);
            assertThat(f.store.keys(new StateScope(id, f.room("hostile").id()))).isEmpty();
            assertWitnessWorks(f);
        }
    }

    private static final Pattern LIST = Pattern.compile("\"(tried|reached)\":\\[([^\\]]*)]");

    @TestFactory
    Stream<DynamicTest> escapeProbes() {
        Map<String, List<String>> reachedBy = new LinkedHashMap<>();
        List<String> tried;
        List<String> late = new ArrayList<>();
        try (Fixture f = Hostile.fixture()) {
            f.store.put(new StateScope("other", f.room("hostile").id()), "secret", "\"s\"");
            f.store.put(new StateScope("escape-probes", f.room(Hostile.CALM).id()), "secret", "\"s\"");
            Hostile.witness(f);
            hostile(f, "escape-probes", Fixture.read(dir().resolve("escape-probes.js")), Hostile.EASY);
            List<Outcome> outcomes = List.of(
                    chat(f, "hi"),
                    f.submit("hostile", BuiltinTypes.TIP, User.viewer("mallory"), new Tip(5, "", false)),
                    f.submit("hostile", BuiltinTypes.USER_ENTER, User.viewer("mallory"), UserEnter.INSTANCE));
            tried = null;
            for (Outcome out : outcomes) {
                assertContained(out);
                assertThat(out.trace())
                        .as(out.message().type().name())
                        .allSatisfy(t -> assertThat(t.failure()).isNull());
                Notice report = null;
                for (Action a : out.actions()) {
                    Notice n = (Notice) a;
                    if (n.text().startsWith("{")) {
                        report = n;
                    } else {
                        late.add(n.text());
                    }
                }
                assertThat(report)
                        .as("report of " + out.message().type().name())
                        .isNotNull();
                Map<String, List<String>> lists = lists(report.text());
                tried = lists.get("tried");
                for (String probe : lists.get("reached")) {
                    reachedBy
                            .computeIfAbsent(probe, k -> new ArrayList<>())
                            .add(out.message().type().name());
                }
            }
            assertWitnessWorks(f);
        }
        List<String> probes = tried;
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the probes ran and the control reached", () -> {
            assertThat(probes).hasSizeGreaterThanOrEqualTo(56).startsWith("control");
            assertThat(reachedBy.get("control")).containsExactly("chat.message", "tip", "user.enter");
            assertThat(late).containsExactly("late control", "late control", "late control");
        }));
        for (String probe : probes) {
            if (!probe.equals("control")) {
                tests.add(DynamicTest.dynamicTest(
                        probe,
                        () -> assertThat(reachedBy.get(probe))
                                .as("events where " + probe + " reached")
                                .isNull()));
            }
        }
        return tests.stream();
    }

    private static Map<String, List<String>> lists(String json) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = LIST.matcher(json);
        while (m.find()) {
            String items = m.group(2);
            out.put(
                    m.group(1),
                    items.isEmpty()
                            ? List.of()
                            : Arrays.stream(items.split(","))
                                    .map(s -> s.substring(1, s.length() - 1))
                                    .toList());
        }
        assertThat(out).as(json).containsKeys("tried", "reached");
        return out;
    }
}
