package dev.banter.tck;

import static dev.banter.tck.internal.Rules.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.BanterRuntime;
import dev.banter.api.ExtensionException;
import dev.banter.api.action.Notice;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.InstanceState;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.sandbox.ViolationPolicy;
import dev.banter.api.spi.StateScope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.tck.internal.Msgs;
import dev.banter.tck.internal.SandboxRig;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks a {@link SandboxProvider} against SPEC.md sections 7, 8, 13 and rules 5.6, 9.12 and 11.3: isolation, every
 * limit it declares in {@link SandboxProvider#enforcedLimits()}, every dialect it declares in
 * {@link SandboxProvider#dialects()}, permissions, state and instance lifecycle. Limits and dialects it does not
 * declare are skipped.
 *
 * <p>The sandbox runs inside a real runtime (the engine on the class path, {@code banter-runtime-core}), because an
 * extension is observed through the outcomes and actions of the chain it is installed in.
 *
 * {@snippet :
 * class MySandboxTest extends SandboxProviderVerification {
 *     @Override
 *     protected SandboxProvider createProvider() {
 *         return SandboxProvider.load("graal");
 *     }
 * }
 * }
 *
 * @since 0.4
 */
public abstract class SandboxProviderVerification {

    private static final String ID = "tck-ext";
    private static final String ROOM = "hostile";
    private static final Set<Permission> ALL = EnumSet.allOf(Permission.class);

    private final TestEnvironment env = environment();
    private SandboxProvider provider;
    private SandboxRig rig;

    /** The factory: the provider under test. Called once per test. */
    protected abstract SandboxProvider createProvider();

    /** How long to wait; override to pin timeouts in code instead of the environment. */
    protected TestEnvironment environment() {
        return TestEnvironment.fromEnvironment();
    }

    /**
     * The sandbox maxima the TCK configures: loose enough for every limit a test asks for. Override only if the
     * provider cannot accept them.
     */
    protected SandboxLimits maxima() {
        return SandboxLimits.defaults()
                .with(LimitKind.DEADLINE, 10_000)
                .with(LimitKind.LOAD_DEADLINE, 10_000)
                .with(LimitKind.STATEMENTS, 1L << 40)
                .with(LimitKind.ALLOCATION, 1L << 32);
    }

    /**
     * An optional hook: puts a sandbox under heap pressure, as the host's memory running short would, so rule 8.5 can
     * be checked. Returns null (the default) to skip rule 8.5.
     */
    protected @Nullable Consumer<Sandbox> heapPressure() {
        return null;
    }

    /** Limits no benign code comes near, even cold on a busy machine; each test tightens the one it checks. */
    private static SandboxLimits easy() {
        return SandboxLimits.defaults()
                .with(LimitKind.DEADLINE, 5_000)
                .with(LimitKind.LOAD_DEADLINE, 5_000)
                .with(LimitKind.STATEMENTS, 1L << 30);
    }

    @BeforeEach
    void startRig() {
        provider = createProvider();
        assertThat(provider).as("createProvider() returned null").isNotNull();
        rig = new SandboxRig(
                provider, maxima(), new InMemoryStateStore(), BanterRuntime.newBuilder(), Instant::now, env);
    }

    @AfterEach
    void closeRig() {
        if (rig != null) {
            rig.close();
        }
    }

    private void assumeLimit(LimitKind kind) {
        Assumptions.assumeTrue(
                provider.enforcedLimits().contains(kind),
                "provider '" + provider.name() + "' does not declare limit '" + kind.key()
                        + "' in enforcedLimits(): rule skipped");
    }

    private void assumeDialect(String dialect) {
        Assumptions.assumeTrue(
                provider.dialects().contains(dialect),
                "provider '" + provider.name() + "' does not declare dialect '" + dialect + "' in dialects(): rule"
                        + " skipped");
    }

    private ExtensionInstance install(String room, String id, String code, SandboxLimits limits) {
        return install(rig.spec(room, ExtensionSource.banter1(id, code), limits, ALL));
    }

    private ExtensionInstance install(InstanceSpec spec) {
        return rig.install(spec);
    }

    /** A banter/1 extension whose chat handler runs {@code body}, with one limit set to {@code n}. */
    private ExtensionInstance limited(LimitKind kind, long n, String body, String... top) {
        String code = String.join("\n", top) + "\nbanter.on('chat.message', (m, ctx) => { " + body + " });";
        return install(ROOM, ID, code, easy().with(kind, n));
    }

    private Outcome chat(String body) {
        return rig.chat(ROOM, "mallory", body);
    }

    /** Passes the first calls of a fresh context, which a provider may run under the load deadline. */
    private void warm() {
        for (int i = 0; i < 3; i++) {
            chat("warm");
        }
    }

    /** The one failure of an outcome, checked to be a contained ExtensionException. */
    private static String failure(String rule, Outcome out) {
        List<String> failures = SandboxRig.failures(out);
        assertThat(failures)
                .as(check(rule, "failed steps of the trace " + out.trace()))
                .hasSize(1);
        assertThat(failures.getFirst())
                .as(check(rule, "the failure is a contained ExtensionException"))
                .contains(ExtensionException.class.getName());
        return failures.getFirst();
    }

    /** The one violation reported, checked field by field. */
    private LimitViolation oneViolation(String rule, LimitKind kind, long n, @Nullable Outcome out) {
        assertThat(rig.violations)
                .as(check(rule, "violations reported to the SandboxListener"))
                .hasSize(1);
        LimitViolation v = rig.violations.getFirst();
        assertThat(v.limit()).as(check(rule, "LimitViolation.limit")).isEqualTo(kind);
        assertThat(v.limitValue())
                .as(check(rule, "LimitViolation.limitValue (the limit asked for)"))
                .isEqualTo(n);
        assertThat(v.extension()).as(check(rule, "LimitViolation.extension")).isEqualTo(ID);
        assertThat(v.version()).as(check(rule, "LimitViolation.version")).isEqualTo("0.0.0");
        assertThat(v.room()).as(check(rule, "LimitViolation.room")).isEqualTo(RoomId.of(ROOM));
        if (kind.isFloor()) {
            assertThat(v.measured())
                    .as(check(rule, "measured value below the floor"))
                    .isLessThan(n);
        } else {
            assertThat(v.measured())
                    .as(check(rule, "measured value beyond the limit"))
                    .isGreaterThan(n);
        }
        if (out != null) {
            assertThat(v.messageId())
                    .as(check(rule, "LimitViolation.messageId"))
                    .isEqualTo(out.message().id());
        }
        return v;
    }

    // ---------------------------------------------------------------- 5.6, 9.12, 11.3

    @Test
    void required_spec5_6_permissionsHoldForExtensions() {
        String code = "banter.on('chat.message', (m, ctx) => {"
                + " const refused = [];"
                + " try { ctx.room.notice('hi'); } catch (e) { refused.push('notice'); }"
                + " try { ctx.kv.set('k', 1); } catch (e) { refused.push('kv'); }"
                + " try { ctx.moderation.ban(m.user.name, 'x'); } catch (e) { refused.push('ban'); }"
                + " if (refused.length !== 3) throw new Error('allowed: ' + refused); });";
        install(rig.spec(ROOM, ExtensionSource.banter1(ID, code), easy(), Set.of()));

        Outcome out = chat("go");

        assertThat(SandboxRig.failures(out))
                .as(check("5.6", "every call without its permission fails in the guest"))
                .isEmpty();
        assertThat(out.actions())
                .as(check("5.6", "actions of an extension with no permission"))
                .isEmpty();
        assertThat(rig.store.keys(new StateScope(ID, RoomId.of(ROOM))))
                .as(check("5.6", "kv written without the kv permission"))
                .isEmpty();
    }

    @Test
    void required_spec9_12_kvLivesInTheStoreUnderItsScope() {
        String code = "banter.on('chat.message', (m, ctx) => ctx.room.notice('n=' + ctx.kv.incr('n')));";
        ExtensionInstance first = install(ROOM, ID, code, easy());
        chat("one");
        chat("two");
        first.uninstallFrom(rig.room(ROOM));
        first.close();

        assertThat(rig.store.get(new StateScope(ID, RoomId.of(ROOM)), "n"))
                .as(check("9.12", "the store's value of 'n' in scope (" + ID + ", " + ROOM + ")"))
                .contains("2");
        install(ROOM, ID, code, easy());
        assertThat(chat("three").actions())
                .as(check("9.12", "a new instance on the same store"))
                .containsExactly(Notice.toAll("n=3"));
    }

    @Test
    void required_spec11_3_closedInstancePassesAndIsNotLive() {
        ExtensionInstance i = install(ROOM, ID, "banter.on('chat.message', (m, ctx) => ctx.reject('no'));", easy());
        int live = rig.sandbox.liveInstances();
        assertThat(chat("a").status()).as(check("11.3", "status while active")).isEqualTo(Outcome.Status.REJECTED);

        i.close();
        i.close();

        assertThat(i.state()).as(check("11.3", "state after close")).isEqualTo(InstanceState.CLOSED);
        assertThat(rig.sandbox.liveInstances())
                .as(check("11.3", "liveInstances() after close"))
                .isEqualTo(live - 1);
        assertThat(chat("b").status()).as(check("11.3", "status once closed")).isEqualTo(Outcome.Status.DELIVERED);
    }

    // ---------------------------------------------------------------- 7. isolation

    @Test
    void required_spec7_1_guestReachesNothingOfTheHost() {
        String code = String.join(
                "\n",
                "banter.on('chat.message', (m, ctx) => {",
                "  const open = ['Java', 'Packages', 'Polyglot', 'Graal', 'java', 'require', 'process', 'load']",
                "      .filter((g) => { try { return eval('typeof ' + g) !== 'undefined'; } catch (e) { return false; } });",
                "  try { Java.type('java.lang.System'); open.push('Java.type'); } catch (e) { /* refused */ }",
                "  try { if (ctx.getClass) open.push('ctx.getClass'); } catch (e) { /* refused */ }",
                "  try { if (m.constructor.constructor('return this')().Java) open.push('constructor chain'); } catch (e) {}",
                "  ctx.room.notice(open.length ? 'open: ' + open.join(',') : 'isolated');",
                "});");
        install(ROOM, ID, code, easy());

        assertThat(chat("probe").actions())
                .as(check("7.1", "what the guest reached"))
                .containsExactly(Notice.toAll("isolated"));
    }

    @Test
    void required_spec7_2_globalsBelongToOneInstance() {
        String code = String.join(
                "\n",
                "banter.on('chat.message', (m, ctx) => {",
                "  if (m.body === 'taint') { globalThis.tainted = true; Array.prototype.push = () => 'hijacked'; }",
                "  const a = []; a.push(1);",
                "  ctx.room.notice((globalThis.tainted ? 'tainted' : 'clean') + ' ' + a.length);",
                "});");
        install("room-a", ID, code, easy());
        install("room-b", ID, code, easy());

        rig.chat("room-a", "mallory", "taint");
        Outcome other = rig.chat("room-b", "carol", "look");

        assertThat(other.actions())
                .as(check("7.2", "what the instance in room-b sees after room-a's instance rewrote its globals"))
                .containsExactly(Notice.toAll("clean 1"));
    }

    @Test
    void required_spec7_3_guestErrorIsContained() {
        install(
                ROOM,
                ID,
                "banter.on('chat.message', (m, ctx) => { if (m.body === 'bad') throw new Error('broken');"
                        + " ctx.room.notice('ok'); });",
                easy());

        Outcome bad = chat("bad");
        assertThat(bad.status())
                .as(check("7.3", "status after a guest error (fail-open)"))
                .isEqualTo(Outcome.Status.DELIVERED);
        assertThat(failure("7.3", bad)).as(check("7.3", "failure text")).contains("broken");
        assertThat(chat("good").actions()).as(check("7.3", "the next message")).containsExactly(Notice.toAll("ok"));
    }

    @Test
    void required_spec7_4_failedInvocationLeavesNoActionsOrWrites() {
        install(
                ROOM,
                ID,
                "banter.on('chat.message', (m, ctx) => { ctx.room.notice('lost'); ctx.kv.set('lost', 1);"
                        + " throw new Error('after the fact'); });",
                easy());

        Outcome out = chat("go");

        failure("7.4", out);
        assertThat(out.actions())
                .as(check("7.4", "actions of the failed invocation"))
                .isEmpty();
        assertThat(rig.store.keys(new StateScope(ID, RoomId.of(ROOM))))
                .as(check("7.4", "kv keys after the failed invocation"))
                .isEmpty();
    }

    @Test
    void required_spec7_5_blownStackIsContained() {
        install(
                ROOM,
                ID,
                "function down(n) { return down(n + 1) + 1; }\n"
                        + "banter.on('chat.message', (m, ctx) => { if (m.body === 'deep') down(0); else ctx.room.notice('up'); });",
                easy());

        Outcome deep = chat("deep");

        assertThat(deep.status()).as(check("7.5", "status after a blown stack")).isEqualTo(Outcome.Status.DELIVERED);
        failure("7.5", deep);
        assertThat(chat("again").actions()).as(check("7.5", "the next message")).containsExactly(Notice.toAll("up"));
    }

    @Test
    void required_spec7_6_instantiateRefusesBadLimitsAndBadCode() {
        SandboxLimits tooLoose = easy().with(LimitKind.DEADLINE, maxima().get(LimitKind.DEADLINE) + 1);
        assertThatThrownBy(() -> rig.sandbox.instantiate(
                        rig.spec(ROOM, ExtensionSource.banter1(ID, "banter.on('tip', () => {});"), tooLoose, ALL)))
                .as(check("7.6", "limits above the maxima"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadline");
        assertThatThrownBy(() -> rig.sandbox.instantiate(
                        rig.spec(ROOM, ExtensionSource.banter1(ID, "banter.on('tip', (t) => {"), easy(), ALL)))
                .as(check("7.6", "a syntax error"))
                .isInstanceOfSatisfying(
                        ExtensionException.class,
                        e -> assertThat(e.kind()).isEqualTo(ExtensionException.Kind.GUEST_ERROR));
    }

    // ---------------------------------------------------------------- 8. limits

    @Test
    void required_spec8_1_deadlineStopsARunawayHandler() {
        assumeLimit(LimitKind.DEADLINE);
        long n = 50;
        install(
                ROOM,
                ID,
                "banter.on('chat.message', (m, ctx) => { if (m.body === 'spin') for (;;) {} });",
                easy().with(LimitKind.DEADLINE, n).with(LimitKind.STATEMENTS, 1L << 40));
        warm();

        long start = System.nanoTime();
        Outcome out;
        try {
            out = chat("spin");
        } catch (AssertionError e) {
            throw new AssertionError(check("8.1", "the runaway handler was not stopped: " + e.getMessage()), e);
        }
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        LimitViolation v = oneViolation("8.1", LimitKind.DEADLINE, n, out);
        assertThat(failure("8.1", out))
                .as(check("8.1", "the failure names the deadline"))
                .contains("deadline");
        long allowed =
                Math.max(10 * n, 1_000) + env.scaled(Duration.ofSeconds(2)).toMillis();
        assertThat(tookMillis)
                .as(check(
                        "8.1",
                        "wall-clock ms the runaway handler of a " + n + " ms deadline ran (measured " + v.measured()
                                + ")"))
                .isLessThan(allowed);
    }

    @Test
    void required_spec8_2_loadDeadlineStopsRunawayTopLevelCode() {
        assumeLimit(LimitKind.LOAD_DEADLINE);
        assertThatThrownBy(() -> install(ROOM, ID, "while (true) {}", easy().with(LimitKind.LOAD_DEADLINE, 300)))
                .as(check("8.2", "instantiating an extension whose top level never ends"))
                .isInstanceOfSatisfying(ExtensionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ExtensionException.Kind.LIMIT_EXCEEDED);
                    assertThat(e.limit()).contains("load-deadline");
                });
        oneViolation("8.2", LimitKind.LOAD_DEADLINE, 300, null);
    }

    @Test
    void required_spec8_3_statementsStopAnInvocation() {
        assumeLimit(LimitKind.STATEMENTS);
        limited(LimitKind.STATEMENTS, 1_000, "for (let i = 0; i < 1e6; i++) {}");
        Outcome out = chat("go");
        assertThat(failure("8.3", out)).contains("statements");
        oneViolation("8.3", LimitKind.STATEMENTS, 1_000, out);
    }

    @Test
    void required_spec8_4_allocationStopsAnInvocation() {
        assumeLimit(LimitKind.ALLOCATION);
        long n = 4 << 20;
        limited(LimitKind.ALLOCATION, n, "const a = []; for (;;) a.push({ s: 'x' + a.length });");
        Outcome out = chat("go");
        assertThat(failure("8.4", out)).contains("allocation");
        oneViolation("8.4", LimitKind.ALLOCATION, n, out);
    }

    @Test
    void required_spec8_5_heapCeilingCancelsUnderPressure() {
        assumeLimit(LimitKind.HEAP);
        Consumer<Sandbox> pressure = heapPressure();
        Assumptions.assumeTrue(
                pressure != null, "rule 8.5 needs heap pressure: override heapPressure() to put the sandbox under it");
        long n = 1 << 20;
        ExtensionInstance i = limited(
                LimitKind.HEAP,
                n,
                "if (m.body === 'grow') keep.push(new Array(1e6).fill(1)); ctx.room.notice('kept ' + keep.length);",
                "const keep = [];");
        assertThat(chat("grow").actions()).as(check("8.5", "after growing")).containsExactly(Notice.toAll("kept 1"));
        pressure.accept(rig.sandbox);
        assertThat(i.state()).as(check("8.5", "state after heap pressure")).isEqualTo(InstanceState.CANCELLED);
        oneViolation("8.5", LimitKind.HEAP, n, null);
        assertThat(chat("look").actions())
                .as(check("8.5", "the rebuilt instance"))
                .containsExactly(Notice.toAll("kept 0"));
    }

    @Test
    void required_spec8_6_stackLimitStopsDeepCalls() {
        assumeLimit(LimitKind.STACK);
        limited(LimitKind.STACK, 100, "function down(n) { return n === 0 ? 0 : down(n - 1) + 1; } down(500);");
        Outcome out = chat("go");
        assertThat(failure("8.6", out)).contains("stack");
        oneViolation("8.6", LimitKind.STACK, 100, out);
    }

    @Test
    void required_spec8_7_sourceSizeRefusesBigSources() {
        assumeLimit(LimitKind.SOURCE_SIZE);
        String code = "// " + "x".repeat(200);
        assertThatThrownBy(() -> install(ROOM, ID, code, easy().with(LimitKind.SOURCE_SIZE, 100)))
                .as(check("8.7", "instantiating " + code.length() + " chars under a 100 char limit"))
                .isInstanceOfSatisfying(
                        ExtensionException.class, e -> assertThat(e.limit()).contains("source-size"));
        assertThat(oneViolation("8.7", LimitKind.SOURCE_SIZE, 100, null).measured())
                .as(check("8.7", "measured size"))
                .isEqualTo(code.length());
    }

    @Test
    void required_spec8_8_noticeSizeRefusesOneNotice() {
        assumeLimit(LimitKind.NOTICE_SIZE);
        limited(
                LimitKind.NOTICE_SIZE,
                10,
                "try { ctx.room.notice('x'.repeat(11)); } catch (e) {} ctx.room.notice('fits');");
        Outcome out = chat("go");
        assertThat(out.actions()).as(check("8.8", "notices that got through")).containsExactly(Notice.toAll("fits"));
        oneViolation("8.8", LimitKind.NOTICE_SIZE, 10, out);
    }

    @Test
    void required_spec8_9_noticeRateRefusesNoticesBeyondIt() {
        assumeLimit(LimitKind.NOTICE_RATE);
        limited(
                LimitKind.NOTICE_RATE,
                2,
                "for (let i = 0; i < 3; i++) { try { ctx.room.notice('n' + i); } catch (e) {} }");
        Outcome out = chat("go");
        assertThat(out.actions())
                .as(check("8.9", "notices that got through a rate of 2"))
                .containsExactly(Notice.toAll("n0"), Notice.toAll("n1"));
        oneViolation("8.9", LimitKind.NOTICE_RATE, 2, out);
    }

    /** A quota that refuses one operation: the guest catches the refusal and says so. */
    private void quota(String rule, LimitKind kind, long n, String operation) {
        assumeLimit(kind);
        limited(
                kind,
                n,
                "try { " + operation
                        + " } catch (e) { ctx.room.notice('refused'); return; } ctx.room.notice('allowed');");
        Outcome out = chat("go");
        assertThat(SandboxRig.failures(out)).as(check(rule, "failed steps")).isEmpty();
        assertThat(out.actions().stream().filter(a -> a instanceof Notice).toList())
                .as(check(rule, "what the guest saw of: " + operation))
                .containsExactly(Notice.toAll("refused"));
        oneViolation(rule, kind, n, out);
    }

    @Test
    void required_spec8_10_kvKeyQuota() {
        quota("8.10", LimitKind.KV_KEY, 8, "ctx.kv.set('k'.repeat(9), 1);");
    }

    @Test
    void required_spec8_11_kvValueQuota() {
        quota("8.11", LimitKind.KV_VALUE, 8, "ctx.kv.set('k', 'x'.repeat(7));");
    }

    @Test
    void required_spec8_12_kvTotalQuota() {
        quota("8.12", LimitKind.KV_TOTAL, 20, "ctx.kv.set('a', 'x'.repeat(10)); ctx.kv.set('b', 'x'.repeat(10));");
    }

    @Test
    void required_spec8_13_timerCountQuota() {
        quota("8.13", LimitKind.TIMER_COUNT, 2, "for (let i = 1; i <= 3; i++) ctx.timers.every('t' + i, 5000);");
    }

    @Test
    void required_spec8_14_timerIntervalQuota() {
        quota("8.14", LimitKind.TIMER_INTERVAL, 5_000, "ctx.timers.after('t', 2000);");
    }

    @Test
    void required_spec8_15_logVolumeDropsLinesAndIsNoStrike() {
        assumeLimit(LimitKind.LOG_VOLUME);
        ExtensionInstance i = limited(LimitKind.LOG_VOLUME, 10, "ctx.log('x'.repeat(8)); ctx.log('y'.repeat(8));");
        Outcome out = chat("go");
        assertThat(out.trace())
                .as(check("8.15", "verdicts"))
                .extracting(TraceEntry::verdict)
                .containsOnly(VerdictKind.PASS);
        oneViolation("8.15", LimitKind.LOG_VOLUME, 10, out);
        assertThat(rig.logs).as(check("8.15", "lines logged")).containsExactly("info " + "x".repeat(8));
        assertThat(i.droppedLogLines()).as(check("8.15", "droppedLogLines()")).isEqualTo(1);
        assertThat(i.strikes()).as(check("8.15", "strikes for log volume")).isZero();
    }

    /** An extension that breaks a hard limit on 'spin': statements if enforced, else the deadline. */
    private ExtensionInstance spinner(ViolationPolicy policy) {
        boolean statements = provider.enforcedLimits().contains(LimitKind.STATEMENTS);
        Assumptions.assumeTrue(
                statements || provider.enforcedLimits().contains(LimitKind.DEADLINE),
                "the rule needs a hard limit: the provider enforces neither 'statements' nor 'deadline'");
        SandboxLimits limits =
                statements ? easy().with(LimitKind.STATEMENTS, 10_000) : easy().with(LimitKind.DEADLINE, 50);
        String code = "banter.command('count', (c, ctx) => ctx.room.notice('n=' + ctx.kv.incr('n')));\n"
                + "banter.on('chat.message', (m, ctx) => { if (m.body === 'spin') { ctx.kv.set('n', -100); for (;;) {} } });";
        ExtensionInstance i = install(
                rig.spec(ROOM, ExtensionSource.banter1(ID, code), limits, ALL).withPolicy(policy));
        if (!statements) {
            warm();
        }
        return i;
    }

    @Test
    void required_spec8_16_policyDecidesTheStoppedMessage() {
        ExtensionInstance skipping = spinner(ViolationPolicy.defaults());
        assertThat(chat("spin").status()).as(check("8.16", "status under SKIP")).isEqualTo(Outcome.Status.DELIVERED);
        skipping.uninstallFrom(rig.room(ROOM));
        skipping.close();
        spinner(ViolationPolicy.defaults().withResponse(ViolationPolicy.Response.REJECT));
        assertThat(chat("spin").status())
                .as(check("8.16", "status under REJECT"))
                .isEqualTo(Outcome.Status.REJECTED);
        assertThat(chat("fine").status())
                .as(check("8.16", "the next message under REJECT"))
                .isEqualTo(Outcome.Status.DELIVERED);
    }

    @Test
    void required_spec8_17_strikesQuarantine() {
        ExtensionInstance i = spinner(ViolationPolicy.defaults().quarantineAfter(3, Duration.ofMinutes(1)));
        for (int n = 1; n <= 3; n++) {
            chat("spin");
        }
        assertThat(i.state()).as(check("8.17", "state after 3 strikes of 3")).isEqualTo(InstanceState.QUARANTINED);
        assertThat(rig.quarantined)
                .as(check("8.17", "instances the listener was told of"))
                .containsExactly(i);
        Outcome after = chat("!count");
        assertThat(after.actions())
                .as(check("8.17", "actions once quarantined"))
                .isEmpty();
        assertThat(after.trace())
                .as(check("8.17", "verdicts once quarantined"))
                .extracting(TraceEntry::verdict)
                .containsOnly(VerdictKind.PASS);
    }

    @Test
    void required_spec8_18_cancelledInstanceIsRebuiltWithItsKv() {
        assumeLimit(LimitKind.STATEMENTS);
        ExtensionInstance i = spinner(ViolationPolicy.defaults());
        assertThat(chat("!count").actions()).as(check("8.18", "before")).containsExactly(Notice.toAll("n=1"));
        chat("spin");
        assertThat(i.state())
                .as(check("8.18", "state after breaking 'statements'"))
                .isEqualTo(InstanceState.CANCELLED);
        assertThat(chat("!count").actions())
                .as(check("8.18", "the rebuilt instance (the spin's kv write discarded)"))
                .containsExactly(Notice.toAll("n=2"));
        assertThat(i.rebuilds()).as(check("8.18", "rebuilds()")).isEqualTo(1);
        assertThat(i.state()).as(check("8.18", "state after the rebuild")).isEqualTo(InstanceState.ACTIVE);
    }

    // ---------------------------------------------------------------- 13. dialects

    @Test
    void required_spec13_1_banter1HandlersRejectModifyAndNotice() {
        assumeDialect("banter/1");
        install(
                ROOM,
                ID,
                String.join(
                        "\n",
                        "banter.on('chat.message', (m, ctx) => {",
                        "  if (m.body.includes('scam')) return ctx.reject('scam');",
                        "  if (m.body === 'shout') ctx.modify({ body: 'SHOUT' });",
                        "  ctx.room.notice('seen ' + m.user.name);",
                        "});"),
                easy());

        Outcome scam = chat("buy scamcoin");
        Outcome shout = chat("shout");

        assertThat(scam.status()).as(check("13.1", "status after ctx.reject")).isEqualTo(Outcome.Status.REJECTED);
        assertThat(scam.reason()).as(check("13.1", "reason")).isEqualTo("scam");
        assertThat(Msgs.body(shout.message()))
                .as(check("13.1", "body after ctx.modify"))
                .isEqualTo("SHOUT");
        assertThat(shout.actions()).as(check("13.1", "notice")).containsExactly(Notice.toAll("seen mallory"));
    }

    @Test
    void required_spec13_2_banter1CommandsAndKv() {
        assumeDialect("banter/1");
        install(
                ROOM,
                ID,
                "banter.command('add', (cmd, ctx) => ctx.room.notice('sum=' + ctx.kv.incr('sum',"
                        + " parseInt(cmd.args[0], 10))));",
                easy());

        Outcome plain = chat("add 5");
        Outcome first = chat("!add 5");
        Outcome second = chat("!add 7");

        assertThat(plain.trace())
                .as(check("13.2", "steps for chat that is no command"))
                .isEmpty();
        assertThat(first.actions()).as(check("13.2", "first !add")).containsExactly(Notice.toAll("sum=5"));
        assertThat(second.actions()).as(check("13.2", "second !add")).containsExactly(Notice.toAll("sum=12"));
    }

    @Test
    void required_spec13_3_cb1MessagesAndNotices() {
        assumeDialect("cb/1");
        String code = String.join(
                "\n",
                "cb.onMessage(function (msg) {",
                "  if (msg.m.indexOf('spam') >= 0) msg['X-Spam'] = true;",
                "  else msg.m = msg.m.toUpperCase();",
                "  return msg;",
                "});",
                "cb.onTip(function (tip) { cb.sendNotice('thanks ' + tip.from_user + ' for ' + tip.amount); });");
        install(rig.spec(ROOM, ExtensionSource.of(ID, "0.0.0", "cb/1", "app.js", code), easy(), ALL));

        Outcome spam = chat("spam here");
        Outcome loud = chat("hello");
        Outcome tip =
                rig.submit(Msgs.of(BuiltinTypes.TIP, ROOM, User.viewer("bob"), new Tip(25, "", false), Instant.now()));

        assertThat(spam.status()).as(check("13.3", "status with X-Spam")).isEqualTo(Outcome.Status.REJECTED);
        assertThat(spam.reason()).as(check("13.3", "reason with X-Spam")).isEqualTo("X-Spam");
        assertThat(Msgs.body(loud.message()))
                .as(check("13.3", "body after changing m"))
                .isEqualTo("HELLO");
        assertThat(tip.actions())
                .as(check("13.3", "cb.sendNotice on a tip"))
                .containsExactly(Notice.toAll("thanks bob for 25"));
    }

    @Test
    void required_spec13_4_cb2HandlerFiles() {
        assumeDialect("cb/2");
        Map<String, String> files = Map.of(
                "chatMessageTransform.js",
                "if ($message.body.indexOf('spam') >= 0) { $message.setSpam(true); } else { $message.setBody($message.body + '!'); }",
                "tipReceived.js",
                "$room.sendNotice('thanks ' + $user.username + ' for ' + $tip.tokens);");
        install(rig.spec(
                ROOM, new ExtensionSource(ID, "0.0.0", "cb/2", "chatMessageTransform.js", files), easy(), ALL));

        Outcome spam = chat("spam here");
        Outcome fine = chat("hello");
        Outcome tip =
                rig.submit(Msgs.of(BuiltinTypes.TIP, ROOM, User.viewer("bob"), new Tip(25, "", false), Instant.now()));

        assertThat(spam.status())
                .as(check("13.4", "status after setSpam(true)"))
                .isEqualTo(Outcome.Status.REJECTED);
        assertThat(spam.reason())
                .as(check("13.4", "reason after setSpam(true)"))
                .isEqualTo("spam");
        assertThat(fine.message().payload(BuiltinTypes.CHAT_MESSAGE))
                .as(check("13.4", "payload after setBody"))
                .isEqualTo(new ChatMessage("hello!"));
        assertThat(tip.actions())
                .as(check("13.4", "$room.sendNotice on a tip"))
                .containsExactly(Notice.toAll("thanks bob for 25"));
    }
}
