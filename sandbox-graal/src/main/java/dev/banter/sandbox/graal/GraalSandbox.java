package dev.banter.sandbox.graal;

import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The GraalJS sandbox. Thread-safe; see {@link GraalSandboxProvider} for what it enforces and how. */
final class GraalSandbox implements Sandbox {

    private static final Logger LOG = LoggerFactory.getLogger(GraalSandbox.class);
    private static final long WARN_EVERY_NANOS = 100_000_000L;

    private final SandboxConfig config;
    private final ExecutionMode mode;
    private final Watchdog watchdog;
    // TRUSTED only when counting statements (the CPU tracer refuses CONSTRAINED); every restriction is still set
    private final SandboxPolicy policy;
    private final EnginePool engines;
    private final Source hardening;
    private final Map<String, Source> preludes;
    private final Source cb2Prelude;
    private final Set<GraalInstance> live = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<Long, ResourceLimits> resourceLimits = new ConcurrentHashMap<>();
    private final HeapGuard heapGuard;
    private final AtomicLong lastWarn = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private final AtomicLong violations = new AtomicLong();
    private volatile boolean closed;

    GraalSandbox(SandboxConfig config) {
        this.config = config;
        this.policy = config.countStatements() ? SandboxPolicy.TRUSTED : SandboxPolicy.CONSTRAINED;
        this.engines = new EnginePool(policy);
        this.hardening = script("harden.js");
        this.preludes = Map.of("banter/1", script("banter1.js"), "cb/1", script("cb1.js"));
        this.cb2Prelude = script("cb2.js");
        this.mode = probeMode();
        warmUp();
        this.watchdog = new Watchdog(config.workers(), config.watchdogPeriod());
        this.heapGuard = new HeapGuard(this::onHeapPressure);
        if (mode == ExecutionMode.INTERPRETED) {
            LOG.warn("GraalJS runs interpreted-only, several times slower; start the JVM with "
                    + "-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=<the Graal compiler "
                    + "jars> (see the README, 'Running extensions compiled')");
        } else {
            LOG.info("GraalJS sandbox started: guest code runs compiled; {} workers", config.workers());
        }
    }

    static ExecutionMode probeMode() {
        try (Engine engine = EnginePool.newEngine()) {
            return engine.getImplementationName()
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains("interpreted")
                    ? ExecutionMode.INTERPRETED
                    : ExecutionMode.COMPILED;
        }
    }

    /**
     * Loads the JavaScript implementation's classes once, so the first extension's load is not charged for them
     * (on a cold JVM that alone can take longer than the load deadline).
     */
    private void warmUp() {
        try (Engine engine = EnginePool.newEngine(policy);
                Context ctx = newContext(engine, Long.MAX_VALUE, (level, line) -> {})) {
            ctx.eval(hardening).execute(1e9);
            for (Source prelude : preludes.values()) {
                ctx.eval(prelude);
            }
            ctx.eval(cb2Prelude);
            ctx.eval("js", "[1, 2].map(x => x + 1).join(',') + JSON.stringify({a: 'b'}) + /a+/.test('aa')");
        }
    }

    private static Source script(String name) {
        return Source.newBuilder("js", readScript(name), name).cached(true).buildLiteral();
    }

    private static String readScript(String name) {
        try (InputStream in = GraalSandbox.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the sandbox-graal jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String provider() {
        return GraalSandboxProvider.NAME;
    }

    @Override
    public ExecutionMode executionMode() {
        return mode;
    }

    @Override
    public SandboxConfig config() {
        return config;
    }

    @Override
    public ExtensionInstance instantiate(InstanceSpec spec) {
        if (closed) {
            throw new IllegalStateException("the sandbox is closed");
        }
        String dialect = spec.source().dialect();
        if (!GraalSandboxProvider.DIALECTS.contains(dialect)) {
            throw new IllegalArgumentException("extension '" + spec.source().id() + "' uses dialect '" + dialect
                    + "'; the graal sandbox runs " + GraalSandboxProvider.DIALECTS);
        }
        if (spec.worker() >= config.workers()) {
            throw new IllegalArgumentException(
                    "worker " + spec.worker() + " is out of range; the sandbox has " + config.workers() + " workers");
        }
        spec.limits().checkWithin(config.maxima());
        GraalInstance instance = new GraalInstance(this, spec);
        Watchdog.Slot slot = watchdog.acquire();
        try {
            instance.load(slot);
        } finally {
            watchdog.release(slot);
        }
        live.add(instance);
        return instance;
    }

    Context newContext(Engine engine, long statementLimit, BiConsumer<String, String> log) {
        ResourceLimits limits = resourceLimits.computeIfAbsent(
                statementLimit,
                n -> ResourceLimits.newBuilder().statementLimit(n, null).build());
        return Context.newBuilder("js")
                .engine(engine)
                .sandbox(policy)
                .allowHostAccess(HostAccess.CONSTRAINED)
                .allowHostClassLookup(className -> false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowValueSharing(false)
                .resourceLimits(limits)
                .out(new LogStream("info", log))
                .err(new LogStream("error", log))
                .build();
    }

    /** The hardening every context runs first, whatever its dialect. */
    Source hardening() {
        return hardening;
    }

    /** The prelude of a dialect in {@link GraalSandboxProvider#DIALECTS}. */
    Source prelude(String dialect) {
        return preludes.get(dialect);
    }

    /** The {@code cb/2} prelude, evaluated after the {@code banter/1} prelude in a {@code cb/2} context. */
    Source cb2Prelude() {
        return cb2Prelude;
    }

    /** The statement counter of an engine of this sandbox, or null unless the sandbox counts statements. */
    @Nullable
    StatementCounter statementCounter(Engine engine) {
        return config.countStatements() ? StatementCounter.of(engine) : null;
    }

    Watchdog watchdog() {
        return watchdog;
    }

    EnginePool engines() {
        return engines;
    }

    /** Engines alive now: one per statement limit in use. */
    int engineCount() {
        return engines.engines();
    }

    /** Extension versions whose sources the engines hold now. */
    int versionCount() {
        return engines.versions();
    }

    long violationCount() {
        return violations.get();
    }

    void report(LimitViolation v) {
        violations.incrementAndGet();
        long now = System.nanoTime();
        long last = lastWarn.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarn.compareAndSet(last, now)) {
            LOG.warn("{}", v.describe());
        } else {
            LOG.debug("{}", v.describe());
        }
        SandboxListener listener = config.listener();
        try {
            listener.violation(v);
        } catch (RuntimeException e) {
            LOG.warn("the sandbox listener failed on a violation", e);
        }
    }

    void quarantined(GraalInstance instance, LimitViolation last) {
        try {
            config.listener().quarantined(instance, last);
        } catch (RuntimeException e) {
            LOG.warn("the sandbox listener failed on a quarantine", e);
        }
    }

    void rebuilt(GraalInstance instance) {
        try {
            config.listener().rebuilt(instance);
        } catch (RuntimeException e) {
            LOG.warn("the sandbox listener failed on a rebuild", e);
        }
    }

    void parked(GraalInstance instance) {
        try {
            config.listener().parked(instance);
        } catch (RuntimeException e) {
            LOG.warn("the sandbox listener failed on a park", e);
        }
    }

    void resumed(GraalInstance instance, long tookNanos) {
        try {
            config.listener().resumed(instance, tookNanos);
        } catch (RuntimeException e) {
            LOG.warn("the sandbox listener failed on a resume", e);
        }
    }

    void logged(GraalInstance instance, String level, String line) {
        try {
            config.listener().log(instance, level, line);
        } catch (RuntimeException e) {
            LOG.warn("the sandbox listener failed on a log line", e);
        }
    }

    void closed(GraalInstance instance) {
        live.remove(instance);
    }

    /** Cancels the instances that allocated past their heap ceiling, biggest first, then starts a new calm period. */
    void onHeapPressure() {
        List<GraalInstance> suspects = new ArrayList<>();
        for (GraalInstance instance : live) {
            if (instance.overHeapCeiling()) {
                suspects.add(instance);
            }
        }
        suspects.sort(
                Comparator.comparingLong(GraalInstance::allocatedSinceCalm).reversed());
        for (GraalInstance instance : suspects) {
            instance.cancelForHeap(instance.allocatedSinceCalm());
        }
        for (GraalInstance instance : live) {
            instance.calm();
        }
    }

    @Override
    public int liveInstances() {
        return live.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (GraalInstance instance : List.copyOf(live)) {
            instance.close();
        }
        heapGuard.close();
        watchdog.close();
        engines.close();
    }
}
