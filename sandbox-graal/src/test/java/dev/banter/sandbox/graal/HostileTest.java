package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Hostile.TIGHT;
import static dev.banter.sandbox.graal.Hostile.assertContained;
import static dev.banter.sandbox.graal.Hostile.assertStoppedInTime;
import static dev.banter.sandbox.graal.Hostile.assertWitnessWorks;
import static dev.banter.sandbox.graal.Hostile.chat;
import static dev.banter.sandbox.graal.Hostile.failure;
import static dev.banter.sandbox.graal.Hostile.hostile;
import static dev.banter.sandbox.graal.Hostile.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Notice;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.message.Message;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceState;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.ViolationPolicy;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.StateScope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.ExtensionStart;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every extension of the shared hostile set ({@code shared/hostile}) against its own expectation. Each case
 * also proves that the JVM and the other room survive: a benign witness in another room handles a message after the
 * hostile one was stopped.
 */
class HostileTest {

    private static final Path DIR = Fixture.shared().resolve("hostile");

    /** One case per shared file; {@link #everySharedFileHasACase()} keeps it complete. */
    private static final Map<String, BiConsumer<Fixture, String>> CASES = Map.ofEntries(
            Map.entry("escape-probes.js", HostileTest::escapeProbes),
            Map.entry("kv-flood.js", HostileTest::kvFlood),
            Map.entry("loop-at-load.js", HostileTest::loopAtLoad),
            Map.entry("loop-in-handler.js", HostileTest::loopInHandler),
            Map.entry("notice-flood.js", HostileTest::noticeFlood),
            Map.entry("push-bomb.js", HostileTest::pushBomb),
            Map.entry("recursion.js", HostileTest::recursion),
            Map.entry("redos.js", HostileTest::redos),
            Map.entry("string-bomb.js", HostileTest::stringBomb),
            Map.entry("tamper-shared.js", HostileTest::tamperShared),
            Map.entry("throw-garbage.js", HostileTest::throwGarbage),
            Map.entry("timer-flood.js", HostileTest::timerFlood));

    @TestFactory
    Stream<DynamicTest> everySharedHostileFile() {
        return Hostile.scripts(DIR).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String name = file.getFileName().toString();
                    BiConsumer<Fixture, String> check = CASES.get(name);
                    assertThat(check).as("a case for " + name).isNotNull();
                    String code = Fixture.read(file);
                    assertThat(Hostile.header(code)).containsKeys("tries", "expect");
                    try (Fixture f = Hostile.fixture()) {
                        Hostile.witness(f);
                        check.accept(f, code);
                        assertWitnessWorks(f);
                    }
                }));
    }

    @Test
    void everySharedFileHasACase() {
        TreeSet<String> files = Hostile.scripts(DIR).stream()
                .map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).as("files in " + DIR).isNotEmpty();
        assertThat(files).isEqualTo(new TreeSet<>(CASES.keySet()));
    }

    private static void escapeProbes(Fixture f, String code) {
        hostile(f, "escape-probes", code, TIGHT);
        Outcome out = assertContained(chat(f, "hi"));
        assertThat(out.actions()).containsExactly(Notice.toAll("reached: none"));
        assertThat(f.violations).isEmpty();
    }

    private static void kvFlood(Fixture f, String code) {
        StateScope own = new StateScope("kv-flood", f.room("hostile").id());
        StateScope other = new StateScope("other", f.room("hostile").id());
        f.store.put(own, "earlier", "1");
        f.store.put(other, "keep", "2");
        // the same code three times, each with limits that let it get one step further
        var roomy = TIGHT.with(LimitKind.DEADLINE, 3_000).with(LimitKind.ALLOCATION, 1L << 31);
        ExtensionInstance keys = hostile(f, "kv-flood", code, roomy);
        assertThat(failure(chat(f, "a"))).contains("kv key of 10000 chars is over the limit of 256");
        assertThat(violations(f, LimitKind.KV_KEY, "kv-flood"))
                .singleElement()
                .satisfies(v -> assertThat(v.measured()).isEqualTo(10_000));
        keys.uninstallFrom(f.room("hostile"));
        keys.close();

        ExtensionInstance values = hostile(f, "kv-flood", code, roomy.with(LimitKind.KV_KEY, 10_000));
        assertThat(failure(chat(f, "b"))).contains("chars of JSON is over the limit of 1048576");
        assertThat(violations(f, LimitKind.KV_VALUE, "kv-flood"))
                .singleElement()
                .satisfies(v -> assertThat(v.measured()).isEqualTo((16 << 20) + 2));
        values.uninstallFrom(f.room("hostile"));
        values.close();

        hostile(f, "kv-flood", code, roomy.with(LimitKind.KV_KEY, 10_000).with(LimitKind.KV_VALUE, 32L << 20));
        assertThat(failure(chat(f, "c"))).contains("over the limit of 8388608");
        assertThat(violations(f, LimitKind.KV_TOTAL, "kv-flood")).singleElement();

        assertThat(f.store.keys(own)).containsExactly("earlier");
        assertThat(f.store.get(own, "earlier")).contains("1");
        assertThat(f.store.get(other, "keep")).contains("2");
    }

    private static void loopAtLoad(Fixture f, String code) {
        int live = f.sandbox.liveInstances();
        assertThatThrownBy(() -> hostile(f, "loop-at-load", code, TIGHT))
                .isInstanceOfSatisfying(ExtensionException.class, e -> {
                    assertThat(e.isLimitExceeded()).isTrue();
                    assertThat(e.limit()).contains("load-deadline");
                });
        assertThat(violations(f, LimitKind.LOAD_DEADLINE, "loop-at-load"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.limitValue()).isEqualTo(1_000);
                    assertThat(v.messageType()).isNull();
                    assertStoppedInTime(v);
                });
        assertThat(f.sandbox.liveInstances()).isEqualTo(live);
    }

    private static void loopInHandler(Fixture f, String code) {
        ExtensionInstance loop = f.install(f.spec("hostile", "loop", code)
                .withLimits(TIGHT)
                .withPolicy(ViolationPolicy.defaults().quarantineAfter(3, Duration.ofMinutes(1))));
        for (int i = 0; i < 3; i++) {
            Outcome out = chat(f, "m" + i);
            assertThat(out.status()).isEqualTo(Outcome.Status.DELIVERED);
            assertThat(failure(out)).contains("deadline exceeded by loop@0.0.0");
        }
        List<LimitViolation> deadlines = violations(f, LimitKind.DEADLINE, "loop");
        assertThat(deadlines).hasSize(3).allSatisfy(Hostile::assertStoppedInTime);
        assertThat(loop.state()).isEqualTo(InstanceState.QUARANTINED);
        assertThat(f.quarantined).containsExactly(loop);

        Outcome after = chat(f, "after");
        assertThat(after.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(after.trace()).extracting(TraceEntry::verdict).containsOnly(VerdictKind.PASS);
        assertThat(violations(f, LimitKind.DEADLINE, "loop")).hasSize(3);
    }

    private static void noticeFlood(Fixture f, String code) {
        hostile(
                f,
                "notice-flood",
                code,
                TIGHT.with(LimitKind.DEADLINE, 3_000)
                        .with(LimitKind.LOAD_DEADLINE, 3_000)
                        .with(LimitKind.NOTICE_RATE, 10)
                        .with(LimitKind.ALLOCATION, 1L << 30));
        Outcome first = assertContained(chat(f, "go"));
        assertThat(first.actions())
                .as("actions of %s", first.trace())
                .hasSize(10)
                .allSatisfy(a -> assertThat(((Notice) a).text()).startsWith("spam "));
        assertThat(violations(f, LimitKind.NOTICE_RATE, "notice-flood"))
                .singleElement()
                .satisfies(v -> assertThat(v.measured()).isEqualTo(11));
        assertThat(violations(f, LimitKind.NOTICE_SIZE, "notice-flood"))
                .singleElement()
                .satisfies(v -> assertThat(v.measured()).isEqualTo(1 << 20));

        Outcome second = assertContained(chat(f, "again"));
        assertThat(second.actions()).isEmpty();
        assertThat(violations(f, LimitKind.NOTICE_RATE, "notice-flood")).hasSize(2);
    }

    private static void pushBomb(Fixture f, String code) {
        ExtensionInstance bomb = f.install(f.spec("hostile", "push-bomb", code)
                .withLimits(TIGHT.with(LimitKind.DEADLINE, 5_000)
                        .with(LimitKind.LOAD_DEADLINE, 5_000)
                        .with(LimitKind.ALLOCATION, 8L << 20))
                .withPolicy(ViolationPolicy.defaults().quarantineAfter(2, Duration.ofMinutes(1))));
        for (int i = 0; i < 2; i++) {
            assertThat(failure(chat(f, "m" + i))).contains("allocation exceeded by push-bomb");
        }
        assertThat(violations(f, LimitKind.ALLOCATION, "push-bomb"))
                .hasSize(2)
                .allSatisfy(v -> assertThat(v.measured()).isLessThan(512L << 20));
        assertThat(bomb.state()).isEqualTo(InstanceState.QUARANTINED);
        assertThat(f.quarantined).containsExactly(bomb);
    }

    private static void recursion(Fixture f, String code) {
        hostile(f, "recursion", code, TIGHT.with(LimitKind.DEADLINE, 3_000).with(LimitKind.LOAD_DEADLINE, 3_000));
        for (String body : List.of("down", "host", "down")) {
            Outcome out = chat(f, body);
            assertThat(out.status()).isEqualTo(Outcome.Status.DELIVERED);
            // unwinding a very deep compiled stack can outlast the deadline; either way it is contained
            assertThat(failure(out))
                    .as(body)
                    .containsAnyOf("stack exceeded by recursion", "deadline exceeded by recursion");
        }
        assertThat(violations(f, LimitKind.STACK, "recursion").size()
                        + violations(f, LimitKind.DEADLINE, "recursion").size())
                .isEqualTo(3);
        assertThat(violations(f, LimitKind.STACK, "recursion")).isNotEmpty();
    }

    private static void redos(Fixture f, String code) {
        // TRegex matches this pattern without backtracking, so it finishes; were it to backtrack, the deadline stops it
        hostile(f, "redos", code, TIGHT);
        for (int i = 0; i < 4; i++) {
            Outcome out = assertContained(chat(f, "m" + i));
            assertThat(out.status()).isEqualTo(Outcome.Status.DELIVERED);
        }
        assertThat(f.violations).allSatisfy(v -> assertThat(v.limit()).isEqualTo(LimitKind.DEADLINE));
        violations(f, LimitKind.DEADLINE, "redos").forEach(Hostile::assertStoppedInTime);
    }

    private static void stringBomb(Fixture f, String code) {
        hostile(f, "string-bomb", code, TIGHT.with(LimitKind.ALLOCATION, 64L << 20));
        for (String body : List.of("repeat", "double")) {
            Outcome out = chat(f, body);
            assertThat(out.status()).as(body).isEqualTo(Outcome.Status.DELIVERED);
            assertThat(failure(out)).as(body).containsAnyOf("RangeError", "allocation exceeded by string-bomb");
        }
        assertThat(f.violations).allSatisfy(v -> assertThat(v.limit()).isEqualTo(LimitKind.ALLOCATION));
    }

    private static void tamperShared(Fixture f, String code) {
        hostile(f, "tamper", code, TIGHT);
        hostile(
                f,
                "bystander",
                Fixture.lines(
                        "banter.on('chat.message', (m, ctx) => {",
                        "  const a = []; a.push(1, 2);",
                        "  let inRange = true;",
                        "  for (let i = 0; i < 100; i++) { const r = Math.random(); if (!(r >= 0 && r < 1)) inRange = false; }",
                        "  ctx.room.notice(JSON.stringify({ pushed: a.length, inRange, polluted: 'polluted' in {},",
                        "    body: m.body, banter: typeof banter.on, notice: typeof ctx.room.notice }));",
                        "});"),
                Hostile.EASY);
        for (int i = 0; i < 2; i++) {
            Outcome out = assertContained(chat(f, "original"));
            assertThat(out.trace()).extracting(TraceEntry::handlerId).containsExactly("ext:tamper", "ext:bystander");
            assertThat(out.trace()).extracting(TraceEntry::verdict).containsOnly(VerdictKind.PASS);
            assertThat(out.message().payload()).isEqualTo(new ChatMessage("original"));
            assertThat(out.actions())
                    .containsExactly(Notice.toAll("{\"pushed\":2,\"inRange\":true,\"polluted\":false,"
                            + "\"body\":\"original\",\"banter\":\"function\",\"notice\":\"function\"}"));
        }
        assertThat(f.violations).isEmpty();
    }

    private static void throwGarbage(Fixture f, String code) {
        hostile(f, "garbage", code, TIGHT.with(LimitKind.DEADLINE, 2_000));
        for (int i = 0; i < 6; i++) {
            Outcome out = assertContained(chat(f, "m" + i));
            assertThat(out.status()).isEqualTo(Outcome.Status.DELIVERED);
            VerdictKind expected = i == 0 || i == 1 || i == 5 ? VerdictKind.FAILED : VerdictKind.PASS;
            assertThat(out.trace()).as("case %d", i).singleElement().satisfies(t -> {
                assertThat(t.verdict()).isEqualTo(expected);
                if (expected == VerdictKind.FAILED) {
                    assertThat(t.failure()).contains("extension 'garbage' failed on chat.message");
                }
            });
        }
        assertThat(f.violations).isEmpty();
    }

    private static void timerFlood(Fixture f, String code) {
        hostile(f, "timer-flood", code, TIGHT);
        Outcome out = f.submit(Message.of(
                BuiltinTypes.EXTENSION_START,
                f.room("hostile").id(),
                User.system(),
                new ExtensionStart("timer-flood", "0.0.0")));
        assertThat(failure(out)).contains("the interval must be at least 1000 ms");
        assertThat(violations(f, LimitKind.TIMER_INTERVAL, "timer-flood"))
                .singleElement()
                .satisfies(v -> assertThat(v.measured()).isZero());
        assertThat(out.actions()).isEmpty();
        assertThat(f.actions).extracting(ActionEnvelope::action).noneMatch(a -> a instanceof ScheduleTimer);
    }
}
