package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Fixture.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/** What one handler call cost, as {@link ExtensionInstance#lastAllocatedBytes()} and {@code lastStatements()} say. */
class InvocationCostTest {

    private static final long MIB = 1 << 20;

    /** Time enough for traced code, which runs slower: these tests count, they do not race the deadline. */
    private static final SandboxLimits ROOMY = SandboxLimits.defaults().with(LimitKind.DEADLINE, 10_000);

    /** Answers with a notice; allocates {@code n} MiB of bytes when the chat line is a number {@code n}. */
    private static final String ALLOCATOR = lines(
            "banter.on('chat.message', (m, ctx) => {",
            "  const n = Number(m.body);",
            "  const held = n > 0 ? new Uint8Array(n * 1048576) : null;",
            "  ctx.room.notice('held ' + (held ? held.length : 0));",
            "});");

    /** Runs a loop of as many rounds as the chat line says. */
    private static final String LOOPER = lines(
            "banter.on('chat.message', (m, ctx) => {",
            "  let sum = 0;",
            "  for (let i = 0; i < Number(m.body); i++) {",
            "    sum += i;",
            "  }",
            "  if (sum < 0) ctx.reject('never');",
            "});");

    @Test
    void lastAllocatedBytes_measuresAMebibyteBuffer_andIsSmallForATrivialCall() {
        try (Fixture f = new Fixture()) {
            ExtensionInstance instance = f.install("r1", "allocator", ALLOCATOR);
            for (int i = 0; i < 3; i++) {
                f.chat("r1", "alice", "0"); // past the first calls, which link the host bridge
            }

            long trivial = cost(f, instance, "0", ExtensionInstance::lastAllocatedBytes);
            long oneMib = cost(f, instance, "1", ExtensionInstance::lastAllocatedBytes);
            long eightMib = cost(f, instance, "8", ExtensionInstance::lastAllocatedBytes);

            assertThat(trivial).isNotNegative().isLessThan(MIB);
            assertThat(oneMib).isBetween(MIB, 16 * MIB);
            assertThat(eightMib).isBetween(8 * MIB, 64 * MIB).isGreaterThan(oneMib);
            assertThat(instance.lastStatements()).as("not counting").isEqualTo(-1);
        }
    }

    @Test
    void lastAllocatedBytes_countsAFailedCallToo() {
        try (Fixture f = new Fixture()) {
            ExtensionInstance instance = f.install(
                    "r1",
                    "thrower",
                    lines(
                            "banter.on('chat.message', (m, ctx) => {",
                            "  const held = new Uint8Array(2 * 1048576);",
                            "  throw new Error('failed after holding ' + held.length);",
                            "});"));

            Outcome out = f.chat("r1", "alice", "go");
            long measured = lane(f, instance, ExtensionInstance::lastAllocatedBytes);

            assertThat(out.trace()).anySatisfy(t -> assertThat(t.verdict()).isEqualTo(VerdictKind.FAILED));
            assertThat(measured).isBetween(2 * MIB, 32 * MIB);
        }
    }

    @Test
    void lastStatements_growsByTheSameStepForEachRoundOfALoop() {
        try (Fixture f = new Fixture(c -> c.withMaxima(ROOMY).withStatementCounting(true))) {
            ExtensionInstance instance =
                    f.install(f.spec("r1", "looper", LOOPER).withLimits(ROOMY));

            long none = cost(f, instance, "0", ExtensionInstance::lastStatements);
            long ten = cost(f, instance, "10", ExtensionInstance::lastStatements);
            long twenty = cost(f, instance, "20", ExtensionInstance::lastStatements);
            long hundreds = cost(f, instance, "300", ExtensionInstance::lastStatements);

            assertThat(none).isPositive();
            long perRound = (ten - none) / 10;
            assertThat(perRound).isPositive();
            assertThat(ten - none).isEqualTo(10 * perRound);
            assertThat(twenty - ten).isEqualTo(10 * perRound);
            assertThat(hundreds - none).isEqualTo(300 * perRound);
            assertThat(cost(f, instance, "10", ExtensionInstance::lastStatements))
                    .as("the same call again")
                    .isEqualTo(ten);
        }
    }

    @Test
    void lastStatements_isExactlyWhatTheStatementBudgetCounts() {
        long needed;
        try (Fixture f = new Fixture(c -> c.withStatementCounting(true))) {
            needed = cost(f, f.install("r1", "looper", LOOPER), "100", ExtensionInstance::lastStatements);
        }
        try (Fixture f = new Fixture()) {
            f.install(f.spec("r1", "exact", LOOPER)
                    .withLimits(SandboxLimits.defaults().with(LimitKind.STATEMENTS, needed)));
            f.install(f.spec("r2", "short", LOOPER)
                    .withLimits(SandboxLimits.defaults().with(LimitKind.STATEMENTS, needed - 1)));

            Outcome exact = f.chat("r1", "alice", "100");
            Outcome tooFew = f.chat("r2", "alice", "100");

            assertThat(exact.trace()).allSatisfy(t -> assertThat(t.verdict()).isNotEqualTo(VerdictKind.FAILED));
            assertThat(tooFew.trace()).anySatisfy(t -> assertThat(t.verdict()).isEqualTo(VerdictKind.FAILED));
            assertThat(f.violations).singleElement().satisfies(v -> {
                assertThat(v.limit()).isEqualTo(LimitKind.STATEMENTS);
                assertThat(v.extension()).isEqualTo("short");
            });
        }
    }

    @Test
    void countingStatements_keepsTheSandboxClosed() throws Exception {
        Path probes = Fixture.shared().resolve("hostile/escape-probes.js");
        assumeTrue(Files.isRegularFile(probes), "the shared hostile set is missing at " + probes);
        try (Fixture f = new Fixture(c -> c.withMaxima(Hostile.MAXIMA).withStatementCounting(true))) {
            ExtensionInstance probe = Hostile.hostile(f, "escape-probes", Files.readString(probes), Hostile.TIGHT);

            Outcome out = Hostile.assertContained(Hostile.chat(f, "hi"));

            assertThat(out.actions()).containsExactly(Notice.toAll("reached: none"));
            assertThat(f.violations).isEmpty();
            assertThat(lane(f, probe, ExtensionInstance::lastStatements)).isPositive();
        }
    }

    /** Sends {@code body} to the instance's room and reads the figure on the room's lane afterwards. */
    private static long cost(
            Fixture f, ExtensionInstance instance, String body, ToLongFunction<ExtensionInstance> what) {
        f.chat(instance.room().value(), "alice", body);
        return lane(f, instance, what);
    }

    private static long lane(Fixture f, ExtensionInstance instance, ToLongFunction<ExtensionInstance> what) {
        try {
            return f.room(instance.room().value())
                    .onLane(() -> what.applyAsLong(instance))
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the lane did not answer", e);
        }
    }
}
