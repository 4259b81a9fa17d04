package dev.banter.tck;

import static dev.banter.tck.internal.Rules.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Permission;
import dev.banter.api.extension.Dialect;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.sandbox.ViolationPolicy;
import dev.banter.api.spi.StateScope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ExtensionStart;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.Manifests;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.core.time.ManualClock;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.Scenario;
import dev.banter.sdk.harness.ScenarioFormatException;
import dev.banter.sdk.harness.ScenarioResult;
import dev.banter.sdk.harness.ScenarioRunner;
import dev.banter.sdk.harness.Scenarios;
import dev.banter.sdk.harness.Timing;
import dev.banter.tck.internal.EventStream;
import dev.banter.tck.internal.Msgs;
import dev.banter.tck.internal.SandboxRig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks one extension directory ({@code banter.json} and its sources) against SPEC.md section 14: a valid manifest,
 * a clean load, a seeded stream of generated events on virtual time without failures or limit violations,
 * reproducible behaviour, and its scenario files ({@code scenarios/*.yaml}, run as {@code banter test} runs them). The extension runs in the one {@link SandboxProvider} on the class path (or the one
 * {@link #sandboxProvider()} answers) inside a real runtime ({@code banter-runtime-core}).
 *
 * {@snippet :
 * class TipGoalTest extends ExtensionVerification {
 *     @Override
 *     protected Path extensionDirectory() {
 *         return Path.of("src/main/extensions/tipgoal");
 *     }
 * }
 * }
 *
 * @since 0.4
 */
public abstract class ExtensionVerification {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String ROOM = "tck-room";

    private final TestEnvironment env = environment();

    /** The factory: the directory holding the extension's {@code banter.json}. */
    protected abstract Path extensionDirectory();

    /**
     * An optional hook: the extension's scenario files (given settings and events, expected notices, actions,
     * verdicts and state), each run by the SDK's scenario runner as {@code banter test} runs it (rule 14.6). Default:
     * every {@code scenarios/*.yaml} (and {@code .yml}) of {@link #extensionDirectory()}, in name order. Override it
     * to point elsewhere, or return null to skip the rule.
     */
    protected @Nullable List<Path> scenarios() {
        return Scenarios.files(extensionDirectory());
    }

    /**
     * An optional hook: why the extension is not exactly reproducible for the same seed and virtual time (for example
     * "uses Math.random"), or null (the default) if it is; rule 14.5 is skipped with the reason.
     */
    protected @Nullable String nondeterminism() {
        return null;
    }

    /** The sandbox provider the extension runs in: by default the only one on the class path. */
    protected SandboxProvider sandboxProvider() {
        List<SandboxProvider> all = SandboxProvider.available();
        assertThat(all)
                .as("sandbox providers on the class path: add banter-sandbox-graal as a test dependency, or override"
                        + " sandboxProvider()")
                .hasSize(1);
        return all.getFirst();
    }

    /** The platform maxima the extension's limits are checked against and taken within. Default: the defaults. */
    protected SandboxLimits platformMaxima() {
        return SandboxLimits.defaults();
    }

    /**
     * How rules 14.2 to 14.5 treat the time limits ({@code deadline}, {@code load-deadline}), the only limits that
     * depend on the machine running the check. Default: {@link Timing#RELAXED}, as {@code banter test} runs
     * scenarios, so that the rules check behaviour and not the speed of a busy CI machine; {@link
     * Timing#PRODUCTION} holds the extension to the platform's time limits. Every other limit applies exactly.
     * Scenario files (rule 14.6) run as the SDK's scenario runner runs them by default.
     */
    protected Timing timing() {
        return Timing.RELAXED;
    }

    /** Limits with the time limits scaled by {@link #timing()}. */
    private SandboxLimits timed(SandboxLimits limits) {
        long factor = timing().factor();
        return limits.with(LimitKind.DEADLINE, limits.get(LimitKind.DEADLINE) * factor)
                .with(LimitKind.LOAD_DEADLINE, limits.get(LimitKind.LOAD_DEADLINE) * factor);
    }

    /** The settings the instance is given; the manifest's defaults fill in the rest. */
    protected Map<String, Object> settings() {
        return Map.of();
    }

    /** The seed of the generated event stream. */
    protected long seed() {
        return 42;
    }

    /** How many events the stream has. */
    protected int events() {
        return 100;
    }

    /** How long to wait; override to pin timeouts in code instead of the environment. */
    protected TestEnvironment environment() {
        return TestEnvironment.fromEnvironment();
    }

    private ExtensionManifest manifest() {
        return Manifests.read(extensionDirectory());
    }

    /** What one event did, as compared between runs. */
    private record Step(
            String event,
            String status,
            @Nullable String reason,
            String delivered,
            List<String> verdicts,
            List<String> actions) {

        Step shape() {
            return new Step(
                    event,
                    status,
                    null,
                    "",
                    verdicts,
                    actions.stream().map(a -> a.substring(0, a.indexOf('['))).toList());
        }
    }

    /** A whole run: the steps, the kv at the end, the violations and failures seen. */
    private record Run(List<Step> steps, Map<String, String> kv, List<String> violations, List<String> failures) {}

    private Run run(long seed) {
        ExtensionManifest manifest = manifest();
        ExtensionPackage pkg = ExtensionPackages.read(extensionDirectory());
        ManualClock clock = ManualClock.startingAt(T0);
        InMemoryStateStore store = new InMemoryStateStore();
        try (SandboxRig rig = new SandboxRig(
                sandboxProvider(),
                timed(platformMaxima()),
                store,
                BanterRuntime.newBuilder().timeSource(clock).stateStore(store),
                clock::now,
                env)) {
            Room room = rig.room(ROOM);
            InstanceSpec spec = new InstanceSpec(
                    pkg.source(),
                    room.id(),
                    room.lane(),
                    manifest.settings().resolve(settings()),
                    store,
                    timed(Manifests.effectiveLimits(manifest, platformMaxima())),
                    ViolationPolicy.defaults(),
                    manifest.permissions(),
                    manifest.kind().slot());
            ExtensionInstance instance = rig.install(spec);
            List<Step> steps = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            Message start = Msgs.of(
                    BuiltinTypes.EXTENSION_START,
                    ROOM,
                    User.system(),
                    new ExtensionStart(manifest.id(), manifest.version().toString()),
                    clock.now());
            record(rig.submit(start), "extension.start", steps, failures);
            EventStream stream = new EventStream(seed, room.id(), manifest.commands());
            for (int i = 0; i < events(); i++) {
                clock.advance(stream.nextGap());
                Message m = stream.next(clock.now());
                record(rig.submit(m), m.id() + " " + m.type().name() + " " + m.payload(), steps, failures);
            }
            Map<String, String> kv = new LinkedHashMap<>();
            StateScope scope = new StateScope(manifest.id(), room.id());
            for (String key : store.keys(scope)) {
                kv.put(key, store.get(scope, key).orElse(""));
            }
            instance.close();
            List<String> violations =
                    rig.violations.stream().map(v -> v.describe()).toList();
            return new Run(steps, kv, violations, failures);
        }
    }

    /** Two runs of the stream per (verification class, seed), shared by rules 14.3 to 14.5. */
    private static final Map<String, List<Run>> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Run> twoRuns() {
        String key = getClass().getName() + "@" + extensionDirectory().toAbsolutePath() + "#" + seed() + "x" + events();
        return RUNS.computeIfAbsent(key, k -> List.of(run(seed()), run(seed())));
    }

    private static void record(Outcome out, String event, List<Step> steps, List<String> failures) {
        List<String> verdicts = new ArrayList<>();
        for (TraceEntry t : out.trace()) {
            verdicts.add(t.handlerId() + ":" + t.verdict());
            if (t.verdict() == VerdictKind.FAILED) {
                failures.add(event + " -> " + t.failure());
            }
        }
        steps.add(new Step(
                event,
                out.status().name(),
                out.reason(),
                out.message().payload().toString(),
                verdicts,
                out.actions().stream().map(Object::toString).toList()));
    }

    @Test
    void required_spec14_1_manifestIsValid() {
        ExtensionManifest manifest = manifest();
        Map<String, String> sources = Manifests.readSources(extensionDirectory(), manifest);
        assertThat(Manifests.staticProblems(manifest, sources))
                .as(check("14.1", "what the code of " + manifest.coordinates() + " uses without declaring it"))
                .isEmpty();
        assertThat(Manifests.checkLimits(manifest, platformMaxima()))
                .as(check("14.1", "limits of " + manifest.coordinates() + " beyond the platform maxima"))
                .isEmpty();
    }

    @Test
    void required_spec14_2_loadsAndSubscribesOnlyToDeclaredTypes() {
        ExtensionManifest manifest = manifest();
        ExtensionPackage pkg = ExtensionPackages.read(extensionDirectory());
        InMemoryStateStore store = new InMemoryStateStore();
        try (SandboxRig rig = new SandboxRig(
                sandboxProvider(), timed(platformMaxima()), store, BanterRuntime.newBuilder(), Instant::now, env)) {
            Room room = rig.room(ROOM);
            ExtensionInstance instance = rig.sandbox.instantiate(new InstanceSpec(
                    pkg.source(),
                    room.id(),
                    room.lane(),
                    manifest.settings().resolve(settings()),
                    store,
                    timed(Manifests.effectiveLimits(manifest, platformMaxima())),
                    ViolationPolicy.defaults(),
                    manifest.permissions(),
                    manifest.kind().slot()));
            Set<String> declared = new HashSet<>(manifest.types());
            if (manifest.permissions().contains(Permission.TIMERS)) {
                declared.add(BuiltinTypes.TIMER.name()); // an instance that may schedule timers hears them
            }
            if (manifest.dialect() != Dialect.BANTER_1) {
                declared.add(BuiltinTypes.EXTENSION_START.name()); // the cb preludes run the app's start code on it
            }
            assertThat(instance.subscriptions())
                    .as(check(
                            "14.2",
                            "subscriptions of " + manifest.coordinates() + " (declared types " + declared + ")"))
                    .extracting(Subscription::type)
                    .allSatisfy(type -> assertThat(declared).contains(type));
            assertThat(instance.handlerSpecs())
                    .as(check("14.2", "handlers it installs"))
                    .isNotEmpty();
            instance.close();
        }
    }

    @Test
    void required_spec14_3_survivesASeededEventStream() {
        Run run = twoRuns().getFirst();
        assertThat(run.failures())
                .as(check("14.3", "failed steps over " + events() + " events of seed " + seed()))
                .isEmpty();
        assertThat(run.violations())
                .as(check("14.3", "limit violations of seed " + seed()))
                .isEmpty();
        assertThat(run.steps())
                .as(check("14.3", "statuses"))
                .extracting(Step::status)
                .allSatisfy(s -> assertThat(s).isIn("DELIVERED", "REJECTED", "COALESCED"));
    }

    @Test
    void required_spec14_4_sameSeedGivesTheSameShape() {
        Run first = twoRuns().get(0);
        Run second = twoRuns().get(1);
        List<Step> a = first.steps().stream().map(Step::shape).toList();
        List<Step> b = second.steps().stream().map(Step::shape).toList();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertThat(b.get(i))
                    .as(check("14.4", "step " + i + " of two runs of seed " + seed()))
                    .isEqualTo(a.get(i));
        }
        assertThat(b).as(check("14.4", "steps of two runs")).hasSameSizeAs(a);
        assertThat(second.kv().keySet())
                .as(check("14.4", "kv keys after two runs"))
                .isEqualTo(first.kv().keySet());
    }

    @Test
    void recommended_spec14_5_sameSeedGivesExactlyTheSameRun() {
        String reason = nondeterminism();
        Assumptions.assumeTrue(reason == null, "the extension is not exactly reproducible: " + reason);
        Run first = twoRuns().get(0);
        Run second = twoRuns().get(1);
        for (int i = 0; i < Math.min(first.steps().size(), second.steps().size()); i++) {
            assertThat(second.steps().get(i))
                    .as(check("14.5", "step " + i + " of two runs of seed " + seed()))
                    .isEqualTo(first.steps().get(i));
        }
        assertThat(second.kv()).as(check("14.5", "kv after two runs")).isEqualTo(first.kv());
    }

    /**
     * Rule 14.6: one dynamic test per scenario file, failing with the runner's readable diff. The scenarios run in
     * the SDK's simulated room on the production sandbox ({@code graal}) under {@link #platformMaxima()}, whatever
     * {@link #sandboxProvider()} answers.
     */
    @TestFactory
    Stream<DynamicTest> recommended_spec14_6_scenariosPass() {
        List<Path> files = scenarios();
        Assumptions.assumeTrue(files != null, "scenarios() returns null: rule 14.6 is skipped");
        Path dir = extensionDirectory();
        Assumptions.assumeFalse(
                files.isEmpty(),
                "no scenario files in " + dir.resolve(ExtensionProject.SCENARIOS)
                        + ": add scenarios/*.yaml (see docs/scenarios.md) or override scenarios()");
        return files.stream().map(file -> {
            String name = shownName(dir, file);
            return DynamicTest.dynamicTest(name, file.toUri(), () -> runScenario(dir, file, name));
        });
    }

    private void runScenario(Path dir, Path file, String name) {
        Scenario scenario;
        try {
            scenario = Scenarios.parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (ScenarioFormatException | IOException e) {
            throw new AssertionError(
                    check("14.6", "scenario file " + name + " cannot be read") + "\n" + e.getMessage());
        }
        ScenarioResult result = ScenarioRunner.run(ExtensionProject.load(dir), scenario, platformMaxima());
        if (!result.passed()) {
            throw new AssertionError(check("14.6", "scenario '" + scenario.name() + "'") + "\n" + result.report());
        }
    }

    /** A scenario file as messages name it: relative to the extension's directory when it is inside it. */
    private static String shownName(Path dir, Path file) {
        Path base = dir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : file.toString();
    }
}
