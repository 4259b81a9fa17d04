package dev.banter.bench.load;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.metrics.HandlerMetrics;
import dev.banter.api.metrics.LatencySummary;
import dev.banter.api.metrics.MetricsSnapshot;
import dev.banter.api.metrics.RoomMetrics;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxListener;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.spi.StateScope;
import dev.banter.bench.load.Results.HandlerCost;
import dev.banter.bench.load.Results.Phase;
import dev.banter.bench.load.Results.TipCheck;
import dev.banter.core.state.InMemoryStateStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * One runtime under load: sets up the scenario's rooms and extensions, runs phases of open-loop traffic on the
 * calling thread, and collects what the runtime and the sandbox counted. Not thread-safe; one phase at a time.
 */
final class LoadRun implements AutoCloseable {

    /**
     * Where a run's optional inputs and its progress go, and how it sends.
     *
     * @param inFlight 0 for open-loop Poisson arrivals at the phase's rate; otherwise a closed loop that keeps this
     *     many events outstanding, for capacity
     */
    record Options(
            @Nullable Path hostile,
            @Nullable Path extensionDir,
            long seed,
            @Nullable Progress progress,
            int inFlight) {}

    /** The shortest and the longest a closed-loop sender with a full window sleeps before it looks again. */
    private static final long WINDOW_WAIT_MIN_NANOS = 20_000;

    private static final long WINDOW_WAIT_MAX_NANOS = 20_000_000;

    private final Scenario scenario;
    private final Options options;
    private final BanterRuntime runtime;
    private final InMemoryStateStore store = new InMemoryStateStore();
    private final Probe probe;
    private final GcWatch gc = new GcWatch();
    private final ExtensionKit kit;
    private final List<RoomId> ids = new ArrayList<>();
    private final List<RoomGroup> groupOfRoom = new ArrayList<>();
    private final List<Room> handles = new ArrayList<>();
    private final Room[] roomHandles;
    private final List<Integer> indexInGroup = new ArrayList<>();
    private final Traffic traffic;
    private final Map<LimitKind, LongAdder> violations = new ConcurrentHashMap<>();
    private final AtomicLong quarantines = new AtomicLong();
    private final List<Phase> phases = new ArrayList<>();
    private @Nullable Sandbox sandbox;
    private Results.@Nullable Soak soak;
    private long instances;
    private final double setupSeconds;
    private final long heapBefore;
    private final long heapAfterSetup;

    LoadRun(Scenario scenario, Options options) {
        this.scenario = scenario;
        this.options = options;
        probe = new Probe(scenario.rooms());
        kit = new ExtensionKit(this::sandbox, store, options.hostile(), options.extensionDir());
        scenario.groups().forEach(g -> kit.requireKnown(g.extensions()));
        runtime = BanterRuntime.newBuilder()
                .lanes(scenario.workers())
                .dedicatedLanes(
                        scenario.dedicatedRooms().stream().map(RoomId::of).toArray(RoomId[]::new))
                .actionSink(probe)
                .stateStore(store)
                .build();
        heapBefore = gc.usedAfterGc();
        long t0 = System.nanoTime();
        setUp();
        setupSeconds = (System.nanoTime() - t0) / 1e9;
        heapAfterSetup = gc.usedAfterGc();
        traffic = new Traffic(ids, groupOfRoom, scenario.mix(), options.seed());
        roomHandles = handles.toArray(Room[]::new);
    }

    private void setUp() {
        long lastNote = System.nanoTime();
        int total = scenario.rooms();
        for (RoomGroup g : scenario.groups()) {
            for (int i = 0; i < g.rooms(); i++) {
                Room room = runtime.openRoom(RoomId.of(g.name() + "-" + i));
                for (String name : g.extensionsOf(i)) {
                    ExtensionInstance instance = kit.install(room, name);
                    if (instance != null || ExtensionKit.isJava(name)) {
                        instances++;
                    }
                }
                ids.add(room.id());
                handles.add(room);
                groupOfRoom.add(g);
                indexInGroup.add(i);
                if (options.progress() != null && System.nanoTime() - lastNote > 2_000_000_000L) {
                    lastNote = System.nanoTime();
                    options.progress().setup(scenario.name(), ids.size(), total, instances);
                }
            }
        }
    }

    private synchronized Sandbox sandbox() {
        if (sandbox == null) {
            SandboxListener listener = new SandboxListener() {
                @Override
                public void violation(LimitViolation v) {
                    violations.computeIfAbsent(v.limit(), k -> new LongAdder()).increment();
                }

                @Override
                public void quarantined(ExtensionInstance instance, LimitViolation last) {
                    quarantines.incrementAndGet();
                }
            };
            sandbox = SandboxProvider.load("graal")
                    .create(SandboxConfig.of(runtime.lanes())
                            .withListener(listener)
                            .withTypes(runtime.types().types()));
        }
        return sandbox;
    }

    Scenario scenario() {
        return scenario;
    }

    /**
     * Sends Poisson arrivals at {@code rate} for {@code seconds} (or until {@code maxEvents}, if positive, with
     * {@code seconds} then a bound of three times as long), waits for their outcomes, and returns what it measured.
     * With {@link Options#inFlight} set, sends instead as fast as that window of outstanding events allows.
     */
    Phase phase(String label, double rate, double seconds, long maxEvents) {
        if (options.inFlight() > 0) {
            return closedPhase(label, seconds, maxEvents);
        }
        PhaseRecorder rec = new PhaseRecorder(label, rate, probe, gc, options.progress(), scenario.name());
        double meanGap = 1e9 / rate;
        long limit = (long) ((maxEvents > 0 ? 3 : 1) * seconds * 1e9);
        SplittableRandom arrivals = new SplittableRandom(options.seed() * 31 + phases.size());
        long start = rec.start();
        long wallBase = System.currentTimeMillis();
        double t = 0;
        long n = 0;
        while (maxEvents <= 0 || n < maxEvents) {
            t += -Math.log(1 - arrivals.nextDouble()) * meanGap;
            if (t >= limit) {
                break;
            }
            long intended = start + (long) t;
            long now = System.nanoTime();
            if (intended > now) {
                // parking overshoots by some tens of µs; that lateness is counted in the latency, as it should be
                LockSupport.parkNanos(intended - now);
                now = System.nanoTime();
            }
            submit(intended, now, wallBase + (now - start) / 1_000_000);
            n++;
        }
        return end(rec);
    }

    /**
     * The closed loop: events go out while fewer than {@link Options#inFlight} are outstanding, each stamped with the
     * time it went out, so its latency is its time in the runtime. A full window is refilled once a quarter of it is
     * free, and looked at again only once that room has been used: reading the count of outcomes costs more than
     * sending. While the window is full the sender sleeps for as long as the missing outcomes took to come lately
     * ({@link #windowWait}), so that it wakes a few times per refill instead of every few microseconds: each wake-up
     * costs it more CPU than sending an event, on the cores the lanes need.
     */
    private Phase closedPhase(String label, double seconds, long maxEvents) {
        PhaseRecorder rec = new PhaseRecorder(label, 0, probe, gc, options.progress(), scenario.name());
        long limit = (long) ((maxEvents > 0 ? 3 : 1) * seconds * 1e9);
        int window = options.inFlight();
        int quarter = Math.max(1, window / 4);
        long start = rec.start();
        long wallBase = System.currentTimeMillis();
        long sentBefore = probe.sentTotal();
        long n = 0;
        long room = 0;
        long seenAt = start;
        long seenDone = probe.completed();
        double nanosPerOutcome = 0;
        while (maxEvents <= 0 || n < maxEvents) {
            long now = System.nanoTime();
            if (now - start >= limit) {
                break;
            }
            if (room == 0) {
                long done = probe.completed();
                long outstanding = sentBefore + n - done;
                if (done > seenDone) {
                    // Outcomes still outstanding: the lanes were busy all along, so this is their pace. None: the
                    // window emptied while the sender slept, so it slept too long; the pace is faster than that.
                    nanosPerOutcome =
                            outstanding > 0 ? (double) (now - seenAt) / (done - seenDone) : nanosPerOutcome / 2;
                    seenAt = now;
                    seenDone = done;
                }
                room = window - outstanding;
                if (room < quarter) {
                    long missing = quarter - room;
                    room = 0;
                    LockSupport.parkNanos(windowWait(missing, nanosPerOutcome));
                    continue;
                }
            }
            submit(now, now, wallBase + (now - start) / 1_000_000);
            room--;
            n++;
        }
        return end(rec);
    }

    /**
     * How long to sleep for {@code missing} outcomes at the pace of the last ones: that long, within 20 µs and 20 ms.
     * Sleeping too long costs nothing while three quarters of the window are still queued; the pace is measured
     * between looks, so a first look with nothing done yet waits the shortest time, and a look that finds the window
     * empty halves it.
     */
    static long windowWait(long missing, double nanosPerOutcome) {
        double wait = missing * nanosPerOutcome;
        return (long) Math.max(WINDOW_WAIT_MIN_NANOS, Math.min(WINDOW_WAIT_MAX_NANOS, wait));
    }

    private Phase end(PhaseRecorder rec) {
        rec.sendingEnded();
        Phase phase = rec.finish(drain());
        phases.add(phase);
        if (options.progress() != null) {
            options.progress().done(scenario.name(), phase);
        }
        return phase;
    }

    /** {@link #phase} with the JVM sampled every {@code sampleSeconds} meanwhile; the verdict goes in the result. */
    Phase soak(String label, double rate, double seconds, double sampleSeconds) {
        try (SoakWatch watch = new SoakWatch(sampleSeconds, gc)) {
            Phase phase = phase(label, rate, seconds, 0);
            soak = watch.result();
            return phase;
        }
    }

    private void submit(long intended, long now, long wallMillis) {
        Message m = traffic.next(intended, Instant.ofEpochMilli(wallMillis));
        int room = traffic.room();
        EventKind kind = traffic.kind();
        long amount = traffic.tipAmount();
        boolean measured = traffic.measured(room);
        probe.sent(room, kind, now - intended);
        try {
            // through the room's handle, as a host that keeps one per room does: no look-up by id per event
            roomHandles[room]
                    .submit(m)
                    .whenComplete((o, e) -> probe.outcome(room, kind, amount, measured, intended, o, e));
        } catch (RuntimeException e) {
            probe.outcome(room, kind, amount, measured, intended, null, e);
        }
    }

    /** Waits until every sent event has its outcome (or a minute passed); answers whether all came. */
    private boolean drain() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (probe.completed() < probe.sentTotal()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(1_000_000);
        }
        return true;
    }

    /** Everything a run measured, once its phases are done. */
    Results.Run result(String label, Results.@Nullable FindMax findMax) {
        MetricsSnapshot metrics = runtime.metrics();
        TipCheck tips = scenario.checkTips() ? checkTips() : null;
        long instanceCount = Math.max(1, instances);
        return new Results.Run(
                label,
                scenario.workers(),
                scenario.rooms(),
                instances,
                setupSeconds,
                sandbox == null ? "none" : sandbox.executionMode().name(),
                heapBefore >> 20,
                heapAfterSetup >> 20,
                (heapAfterSetup - heapBefore) / 1024.0 / instanceCount,
                List.copyOf(phases),
                handlerCosts(metrics),
                violationCounts(),
                quarantines.get(),
                counts(metrics),
                tips,
                findMax,
                soak,
                kit.failures(),
                kit.loadRetries());
    }

    private Map<String, Long> violationCounts() {
        Map<String, Long> out = new TreeMap<>();
        violations.forEach((k, v) -> out.put(k.key(), v.sum()));
        return out;
    }

    private static List<HandlerCost> handlerCosts(MetricsSnapshot metrics) {
        double sum = 0;
        for (HandlerMetrics h : metrics.handlers().values()) {
            sum += h.invocations() * h.latency().mean();
        }
        List<HandlerCost> costs = new ArrayList<>();
        for (Map.Entry<String, HandlerMetrics> e : metrics.handlers().entrySet()) {
            HandlerMetrics h = e.getValue();
            double total = h.invocations() * h.latency().mean();
            costs.add(new HandlerCost(
                    e.getKey(),
                    h.invocations(),
                    h.latency().mean() / 1e3,
                    h.latency().p99() / 1e3,
                    total / 1e6,
                    sum == 0 ? 0 : total / sum));
        }
        costs.sort(Comparator.comparingDouble(HandlerCost::totalMs).reversed());
        return costs;
    }

    private static RoomMetrics counts(MetricsSnapshot metrics) {
        RoomMetrics sum =
                new RoomMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), LatencySummary.empty());
        for (RoomMetrics r : metrics.rooms().values()) {
            sum = plus(sum, r);
        }
        return sum;
    }

    private static RoomMetrics plus(RoomMetrics a, RoomMetrics b) {
        Map<String, Long> byType = new TreeMap<>(a.byType());
        b.byType().forEach((k, v) -> byType.merge(k, v, Long::sum));
        return new RoomMetrics(
                a.queueDepth() + b.queueDepth(),
                Math.max(a.maxQueueDepth(), b.maxQueueDepth()),
                a.accepted() + b.accepted(),
                a.delivered() + b.delivered(),
                a.rejected() + b.rejected(),
                a.overloaded() + b.overloaded(),
                a.coalesced() + b.coalesced(),
                a.dropped() + b.dropped(),
                a.backpressured() + b.backpressured(),
                a.handlerFailures() + b.handlerFailures(),
                a.actionsDelivered() + b.actionsDelivered(),
                a.actionRetries() + b.actionRetries(),
                a.actionsUndeliverable() + b.actionsUndeliverable(),
                a.permissionDenials() + b.permissionDenials(),
                a.timersFired() + b.timersFired(),
                a.timerPeriodsSkipped() + b.timerPeriodsSkipped(),
                a.timersRefused() + b.timersRefused(),
                byType,
                LatencySummary.empty());
    }

    /**
     * Every tip sent got one outcome, and in every room with {@code tally} its kv counts equal the tips (and tokens)
     * delivered there. Read on each room's lane, after the observers of every earlier event ran.
     */
    private TipCheck checkTips() {
        List<String> problems = new ArrayList<>();
        long sent = probe.sent(EventKind.TIP);
        long outcomes = 0;
        for (var status : Probe.STATUSES) {
            outcomes += probe.status(EventKind.TIP, status);
        }
        long delivered = probe.status(EventKind.TIP, Outcome.Status.DELIVERED);
        if (outcomes != sent) {
            problems.add(sent + " tips sent but " + outcomes + " outcomes (" + probe.failures() + " failed)");
        }
        long kvTips = 0;
        long kvTokens = 0;
        long deliveredTokens = 0;
        int tallied = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (!groupOfRoom.get(i).extensionsOf(indexInGroup.get(i)).contains("tally")) {
                continue;
            }
            tallied++;
            RoomId id = ids.get(i);
            long[] kv = runtime.room(id)
                    .orElseThrow()
                    .onLane(() -> new long[] {kvLong(id, "tips"), kvLong(id, "tokens")})
                    .toCompletableFuture()
                    .join();
            kvTips += kv[0];
            kvTokens += kv[1];
            deliveredTokens += probe.tokensDelivered(i);
            if (kv[0] != probe.tipsDelivered(i) || kv[1] != probe.tokensDelivered(i)) {
                problems.add(id + ": tally counted " + kv[0] + " tips / " + kv[1] + " tokens, the runtime delivered "
                        + probe.tipsDelivered(i) + " / " + probe.tokensDelivered(i));
            }
        }
        if (tallied == 0) {
            problems.add("no room runs the 'tally' extension, so tips cannot be checked");
        }
        return new TipCheck(
                problems.isEmpty(),
                sent,
                outcomes,
                delivered,
                outcomes - delivered,
                kvTips,
                deliveredTokens,
                kvTokens,
                problems);
    }

    private long kvLong(RoomId room, String key) {
        Optional<String> json = store.get(new StateScope("tally", room), key);
        return json.map(s -> (long) Double.parseDouble(s)).orElse(0L);
    }

    @Override
    public void close() {
        CompletableFuture<Void> closing = CompletableFuture.runAsync(runtime::close);
        closing.orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> null).join();
        if (sandbox != null) {
            sandbox.close();
        }
        gc.close();
        store.close();
    }
}
