package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Hostile.EASY;
import static dev.banter.sandbox.graal.Hostile.chat;
import static dev.banter.sandbox.graal.Hostile.failure;
import static dev.banter.sandbox.graal.Hostile.hostile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceState;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.sandbox.ViolationPolicy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** One test per limit the graal provider enforces, then the policies, quarantine, rebuilds and the heap guard. */
class LimitsTest {

    private static final String ID = "limited";

    private final Fixture f = Hostile.fixture();

    @AfterEach
    void close() {
        f.close();
    }

    /** Each case trips one limit set to {@code n} and answers the violation it expects. */
    private static final Map<LimitKind, BiConsumer<Fixture, Long>> CASES = new EnumMap<>(LimitKind.class);

    private static final Map<LimitKind, Long> SMALL = new EnumMap<>(LimitKind.class);

    static {
        add(LimitKind.DEADLINE, 30, (f, n) -> {
            ExtensionInstance i = install(f, LimitKind.DEADLINE, n, "if (m.body === 'spin') for (;;) {}");
            warm(f);
            Outcome out = chat(f, "spin");
            assertThat(failure(out)).contains("deadline exceeded by limited@0.0.0");
            checkOne(f, LimitKind.DEADLINE, n, out);
            Hostile.assertStoppedInTime(f.violations.get(0));
            assertThat(i.state()).isEqualTo(InstanceState.ACTIVE);
        });
        add(LimitKind.LOAD_DEADLINE, 300, (f, n) -> {
            assertThatThrownBy(() -> hostile(
                            f,
                            ID,
                            "while (true) {}",
                            EASY.with(LimitKind.LOAD_DEADLINE, n).with(LimitKind.STATEMENTS, 1L << 40)))
                    .isInstanceOfSatisfying(ExtensionException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ExtensionException.Kind.LIMIT_EXCEEDED);
                        assertThat(e.limit()).contains("load-deadline");
                    });
            checkOne(f, LimitKind.LOAD_DEADLINE, n, null);
        });
        add(LimitKind.STATEMENTS, 1_000, (f, n) -> {
            ExtensionInstance i = install(f, LimitKind.STATEMENTS, n, "for (let i = 0; i < 1e6; i++) {}");
            Outcome out = chat(f, "go");
            assertThat(failure(out)).contains("statements exceeded");
            LimitViolation v = checkOne(f, LimitKind.STATEMENTS, n, out);
            assertThat(v.measured()).isEqualTo(n + 1);
            assertThat(i.state()).isEqualTo(InstanceState.CANCELLED);
        });
        add(LimitKind.ALLOCATION, 4 << 20, (f, n) -> {
            install(f, LimitKind.ALLOCATION, n, "const a = []; for (;;) a.push({ s: 'x' + a.length });");
            Outcome out = chat(f, "go");
            assertThat(failure(out)).contains("allocation exceeded");
            checkOne(f, LimitKind.ALLOCATION, n, out);
        });
        add(LimitKind.HEAP, 1 << 20, (f, n) -> {
            ExtensionInstance i = install(
                    f,
                    LimitKind.HEAP,
                    n,
                    "if (m.body === 'grow') keep.push(new Array(1e6).fill(1)); ctx.room.notice('kept ' + keep.length);",
                    "const keep = [];");
            assertThat(chat(f, "grow").actions()).containsExactly(Notice.toAll("kept 1"));
            ((GraalSandbox) f.sandbox).onHeapPressure();
            assertThat(i.state()).isEqualTo(InstanceState.CANCELLED);
            checkOne(f, LimitKind.HEAP, n, null);
            // rebuilt from its source on the next message: what it held is gone
            assertThat(chat(f, "look").actions()).containsExactly(Notice.toAll("kept 0"));
            assertThat(i.rebuilds()).isEqualTo(1);
            assertThat(i.state()).isEqualTo(InstanceState.ACTIVE);
            assertThat(i.strikes()).isEqualTo(1);
        });
        add(LimitKind.SOURCE_SIZE, 100, (f, n) -> {
            String code = "// " + "x".repeat(200);
            assertThatThrownBy(() -> hostile(f, ID, code, EASY.with(LimitKind.SOURCE_SIZE, n)))
                    .isInstanceOfSatisfying(ExtensionException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ExtensionException.Kind.LIMIT_EXCEEDED);
                        assertThat(e.limit()).contains("source-size");
                    });
            assertThat(checkOne(f, LimitKind.SOURCE_SIZE, n, null).measured()).isEqualTo(code.length());
        });
        add(LimitKind.NOTICE_SIZE, 10, (f, n) -> {
            install(f, LimitKind.NOTICE_SIZE, n, "ctx.room.notice('x'.repeat(11)); ctx.room.notice('fits');");
            Outcome out = chat(f, "go");
            assertThat(out.actions()).containsExactly(Notice.toAll("fits"));
            assertThat(checkOne(f, LimitKind.NOTICE_SIZE, n, out).measured()).isEqualTo(11);
        });
        add(LimitKind.NOTICE_RATE, 2, (f, n) -> {
            install(f, LimitKind.NOTICE_RATE, n, "for (let i = 0; i < 3; i++) ctx.room.notice('n' + i);");
            Outcome out = chat(f, "go");
            assertThat(out.actions()).containsExactly(Notice.toAll("n0"), Notice.toAll("n1"));
            assertThat(checkOne(f, LimitKind.NOTICE_RATE, n, out).measured()).isEqualTo(3);
        });
        refused(
                LimitKind.KV_KEY,
                8,
                "ctx.kv.set('k'.repeat(9), 1);",
                "RangeError: kv key of 9 chars is over the limit of 8",
                9);
        refused(
                LimitKind.KV_VALUE,
                8,
                "ctx.kv.set('k', 'x'.repeat(7));",
                "a value of 9 chars of JSON is over the limit of 8",
                9);
        refused(
                LimitKind.KV_TOTAL,
                20,
                "ctx.kv.set('a', 'x'.repeat(10)); ctx.kv.set('b', 'x'.repeat(10));",
                "the kv would hold 26 chars, over the limit of 20",
                26);
        refused(
                LimitKind.TIMER_COUNT,
                2,
                "for (let i = 1; i <= 3; i++) ctx.timers.every('t' + i, 5000);",
                "2 timers are already scheduled",
                3);
        refused(
                LimitKind.TIMER_INTERVAL,
                5_000,
                "ctx.timers.after('t', 2000);",
                "the interval must be at least 5000 ms",
                2_000);
        add(LimitKind.LOG_VOLUME, 10, (f, n) -> {
            ExtensionInstance i =
                    install(f, LimitKind.LOG_VOLUME, n, "ctx.log('x'.repeat(8)); ctx.log('y'.repeat(8));");
            Outcome out = chat(f, "go");
            assertThat(out.trace()).extracting(TraceEntry::verdict).containsOnly(VerdictKind.PASS);
            assertThat(checkOne(f, LimitKind.LOG_VOLUME, n, out).measured()).isEqualTo(16);
            assertThat(f.logs).containsExactly("info " + "x".repeat(8));
            assertThat(i.droppedLogLines()).isEqualTo(1);
            assertThat(i.strikes()).as("log volume is not a strike").isZero();
        });
    }

    /** A quota whose refusal throws in the guest: the invocation fails with that text, one violation. */
    private static void refused(LimitKind kind, long n, String body, String failureText, long measured) {
        add(kind, n, (f, limit) -> {
            install(f, kind, limit, body);
            Outcome out = chat(f, "go");
            assertThat(failure(out)).contains(failureText);
            assertThat(checkOne(f, kind, limit, out).measured()).isEqualTo(measured);
        });
    }

    private static void add(LimitKind kind, long n, BiConsumer<Fixture, Long> check) {
        CASES.put(kind, check);
        SMALL.put(kind, n);
    }

    private static ExtensionInstance install(Fixture f, LimitKind kind, long n, String body, String... top) {
        String code = String.join("\n", top) + "\nbanter.on('chat.message', (m, ctx) => { " + body + " });";
        return hostile(f, ID, code, EASY.with(LimitKind.STATEMENTS, 1L << 30).with(kind, n));
    }

    /** Passes the calls that a fresh context runs under the load deadline. */
    private static void warm(Fixture f) {
        for (int i = 0; i < 3; i++) {
            assertThat(chat(f, "warm").trace()).extracting(TraceEntry::verdict).containsOnly(VerdictKind.PASS);
        }
    }

    /** The one violation reported: its kind, limit, measure, extension, room and message. */
    private static LimitViolation checkOne(Fixture f, LimitKind kind, long n, Outcome out) {
        assertThat(f.violations).hasSize(1);
        LimitViolation v = f.violations.get(0);
        assertThat(v.limit()).isEqualTo(kind);
        assertThat(v.limitValue()).isEqualTo(n);
        assertThat(v.extension()).isEqualTo(ID);
        assertThat(v.version()).isEqualTo("0.0.0");
        assertThat(v.room().value()).isEqualTo("hostile");
        Hostile.assertBeyond(v);
        if (out == null) {
            assertThat(v.messageId()).isNull();
        } else {
            assertThat(v.messageId()).isEqualTo(out.message().id());
            assertThat(v.messageType()).isEqualTo("chat.message");
        }
        assertThat(v.describe()).startsWith(kind.key() + " exceeded by limited@0.0.0 in room hostile");
        return v;
    }

    @TestFactory
    Stream<DynamicTest> everyEnforcedLimit() {
        return new GraalSandboxProvider()
                .enforcedLimits().stream()
                        .sorted()
                        .map(kind -> DynamicTest.dynamicTest(kind.key(), () -> {
                            assertThat(CASES).as("a case for " + kind.key()).containsKey(kind);
                            try (Fixture own = Hostile.fixture()) {
                                CASES.get(kind).accept(own, SMALL.get(kind));
                            }
                        }));
    }

    private static final String SPIN = "banter.on('chat.message', (m, ctx) => { if (m.body === 'spin') for (;;) {} });";

    private ExtensionInstance spinner(ViolationPolicy policy) {
        // No statement budget to speak of: compiled, a spin runs a million statements well inside 30 ms of CPU, and
        // these tests are about what the deadline does.
        return f.install(f.spec("hostile", ID, SPIN)
                .withLimits(EASY.with(LimitKind.DEADLINE, 30)
                        .with(LimitKind.LOAD_DEADLINE, 1_000)
                        .with(LimitKind.STATEMENTS, 1L << 40))
                .withPolicy(policy));
    }

    @Test
    void skip_deliversTheMessage_whenTheHandlerIsStopped() {
        spinner(ViolationPolicy.defaults());
        warm(f);
        Outcome out = chat(f, "spin");
        assertThat(out.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(failure(out)).contains("deadline exceeded");
    }

    @Test
    void reject_rejectsTheMessage_whenTheHandlerIsStopped() {
        spinner(ViolationPolicy.defaults().withResponse(ViolationPolicy.Response.REJECT));
        warm(f);
        Outcome out = chat(f, "spin");
        assertThat(out.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(failure(out)).contains("deadline exceeded");
        assertThat(chat(f, "fine").status()).isEqualTo(Outcome.Status.DELIVERED);
    }

    @Test
    void strikes_quarantine_andTheHandlerPassesFromThenOn() {
        ExtensionInstance i = f.install(f.spec(
                        "hostile",
                        ID,
                        "banter.on('chat.message', (m, ctx) => { ctx.room.notice('seen'); ctx.kv.set('k'.repeat(9), 1); });")
                .withLimits(EASY.with(LimitKind.KV_KEY, 8))
                .withPolicy(ViolationPolicy.defaults().quarantineAfter(3, Duration.ofMinutes(1))));
        for (int n = 1; n <= 3; n++) {
            // the strike that quarantines closes the context under the running call
            assertThat(failure(chat(f, "m" + n))).containsAnyOf("kv key of 9 chars", "was cancelled");
            assertThat(i.strikes()).isEqualTo(n == 3 ? 3 : n);
        }
        assertThat(i.state()).isEqualTo(InstanceState.QUARANTINED);
        assertThat(f.quarantined).containsExactly(i);
        Outcome after = chat(f, "after");
        assertThat(after.actions()).isEmpty();
        assertThat(after.trace()).extracting(TraceEntry::verdict).containsOnly(VerdictKind.PASS);
        assertThat(f.violations).hasSize(3);
        assertThat(f.sandbox.liveInstances()).isEqualTo(1);
    }

    @Test
    void aCancelledInstance_isRebuiltOnItsNextMessage_withItsKvIntact() {
        ExtensionInstance i = f.install(f.spec(
                        "hostile",
                        ID,
                        Fixture.lines(
                                "banter.command('count', (c, ctx) => ctx.room.notice('n=' + ctx.kv.incr('n')));",
                                "banter.on('chat.message', (m, ctx) => {",
                                "  if (m.body === 'spin') { ctx.kv.set('n', -100); for (;;) {} }",
                                "});"))
                .withLimits(EASY.with(LimitKind.STATEMENTS, 10_000)));
        assertThat(chat(f, "!count").actions()).containsExactly(Notice.toAll("n=1"));

        assertThat(failure(chat(f, "spin"))).contains("statements exceeded");
        assertThat(i.state()).isEqualTo(InstanceState.CANCELLED);
        assertThat(i.rebuilds()).isZero();

        assertThat(chat(f, "!count").actions()).containsExactly(Notice.toAll("n=2"));
        assertThat(i.rebuilds()).isEqualTo(1);
        assertThat(i.state()).isEqualTo(InstanceState.ACTIVE);
        assertThat(chat(f, "!count").actions()).containsExactly(Notice.toAll("n=3"));
        assertThat(i.rebuilds()).isEqualTo(1);
    }

    @Test
    void aBlownStack_isContainedAndReportedAsStack_thoughStackIsNotEnforced() {
        hostile(
                f,
                ID,
                "function down(n) { return down(n + 1) + 1; }\n"
                        + "banter.on('chat.message', (m, ctx) => { if (m.body === 'deep') down(0); else ctx.room.notice('up'); });",
                EASY);
        Outcome out = chat(f, "deep");
        assertThat(out.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(failure(out)).contains("stack exceeded");
        LimitViolation v = f.violations.get(0);
        assertThat(v.limit()).isEqualTo(LimitKind.STACK);
        assertThat(v.limitValue()).isEqualTo(SandboxLimits.defaults().get(LimitKind.STACK));
        Hostile.assertBeyond(v);
        assertThat(chat(f, "again").actions()).containsExactly(Notice.toAll("up"));
    }

    @Test
    void aHandlerStoppedByItsDeadline_costsTheNextHandlerOnTheLaneNothing() {
        hostile(
                f,
                ID,
                "banter.on('chat.message', (m, ctx) => { if (m.body === 'spin') for (;;) {} });",
                EASY.with(LimitKind.STATEMENTS, 1L << 30).with(LimitKind.DEADLINE, 30));
        // after it in the same room's chain, and in another room on the same lane
        String counter = "banter.on('chat.message', (m, ctx) => ctx.room.notice('n=' + ctx.kv.incr('n')));";
        f.install("hostile", "counter", counter);
        String neighbour = "neighbour-0";
        for (int i = 1; f.room(neighbour).lane() != f.room("hostile").lane(); i++) {
            neighbour = "neighbour-" + i;
        }
        f.install(neighbour, "counter", counter);
        warm(f);

        Outcome spun = chat(f, "spin");

        assertThat(failure(spun)).contains("deadline exceeded by limited@0.0.0");
        assertThat(spun.trace()).extracting(TraceEntry::verdict).containsExactly(VerdictKind.FAILED, VerdictKind.PASS);
        assertThat(spun.actions()).containsExactly(Notice.toAll("n=4"));
        assertThat(f.chat(neighbour, "bob", "hi").actions()).containsExactly(Notice.toAll("n=1"));
        assertThat(f.chat(neighbour, "bob", "hi").actions()).containsExactly(Notice.toAll("n=2"));
        assertThat(chat(f, "calm").actions()).containsExactly(Notice.toAll("n=5"));
        assertThat(f.violations).hasSize(1);
    }

    @Test
    void theCasesAreExactlyTheEnforcedLimits() {
        SandboxProvider graal = SandboxProvider.load("graal");
        assertThat(CASES.keySet()).isEqualTo(graal.enforcedLimits());
        assertThat(graal.enforcedLimits()).doesNotContain(LimitKind.STACK);
    }
}
