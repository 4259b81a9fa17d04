package dev.banter.core.internal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.CategoryPredicate;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Stage;
import dev.banter.api.message.MessageType;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.ActionSink;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.TimeSource;
import dev.banter.core.internal.actions.RetryPolicy;
import dev.banter.core.internal.chain.ChainEntry;
import dev.banter.core.internal.chain.ChainRunner;
import dev.banter.core.internal.chain.ChainSnapshot;
import dev.banter.core.internal.lanes.LanePool;
import dev.banter.core.internal.metrics.LaneMetrics;
import dev.banter.core.internal.registry.DefaultMessageTypeRegistry;
import dev.banter.core.internal.registry.JsonMessageCodec;
import dev.banter.core.internal.room.EngineParts;
import dev.banter.core.internal.routing.Router;
import dev.banter.core.internal.routing.RouterConfig;
import dev.banter.core.internal.timers.MonotonicClock;
import dev.banter.core.internal.timers.SystemTimeSource;
import dev.banter.core.internal.timers.TimeSourceClock;
import dev.banter.core.internal.timers.TimerService;
import dev.banter.core.state.InMemoryStateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects a runtime's configuration, checking each value as it is set. */
final class RuntimeBuilder implements BanterRuntime.Builder {

    private static final Logger SINK_LOG = LoggerFactory.getLogger("dev.banter.actions");
    private static final AtomicInteger RUNTIMES = new AtomicInteger();
    /** How often the default clock catches up with a wall clock that went ahead of it. */
    private static final long RESYNC_SECONDS = 5;

    private int lanes = Runtime.getRuntime().availableProcessors();
    private List<RoomId> dedicated = List.of();
    private int queueBound = 1_024;
    private int criticalBound = 16_384;
    private Duration criticalOfferTimeout = Duration.ofSeconds(1);
    private int maxBots = 8;
    private int maxMessageBytes = 64 * 1024;
    private final List<MessageType<?>> types = new ArrayList<>();
    private RouterConfig routing = RouterConfig.defaults();
    private final List<HandlerSpec> pre = new ArrayList<>();
    private final List<HandlerSpec> post = new ArrayList<>();
    private final List<HandlerSpec> observers = new ArrayList<>();
    private ActionSink sink = envelope -> SINK_LOG.debug("{}", envelope);
    private RetryPolicy retry = RetryPolicy.defaults();
    private @Nullable Clock clock; // null: the system clock, kept monotonic
    private @Nullable TimeSource timeSource;
    private @Nullable StateStore stateStore;
    private int maxTimersPerHandler = 32;
    private Duration minTimerInterval = Duration.ofSeconds(1);

    @Override
    public BanterRuntime.Builder lanes(int count) {
        lanes = requireRange("lanes", count, 1, 1_024);
        return this;
    }

    @Override
    public BanterRuntime.Builder dedicatedLanes(RoomId... rooms) {
        Objects.requireNonNull(rooms, "rooms");
        Set<RoomId> seen = new HashSet<>();
        for (int i = 0; i < rooms.length; i++) {
            RoomId room = Objects.requireNonNull(rooms[i], "rooms[" + i + "]");
            if (!seen.add(room)) {
                throw new IllegalArgumentException("dedicatedLanes: room '" + room + "' is listed twice");
            }
        }
        dedicated = List.of(rooms);
        return this;
    }

    @Override
    public BanterRuntime.Builder roomQueueBound(int events) {
        queueBound = requireRange("roomQueueBound", events, 1, 1 << 24);
        return this;
    }

    @Override
    public BanterRuntime.Builder criticalQueueBound(int events) {
        criticalBound = requireRange("criticalQueueBound", events, 1, 1 << 24);
        return this;
    }

    @Override
    public BanterRuntime.Builder criticalOfferTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("criticalOfferTimeout must be >= 0, was " + timeout);
        }
        criticalOfferTimeout = timeout;
        return this;
    }

    @Override
    public BanterRuntime.Builder maxBotsPerRoom(int bots) {
        maxBots = requireRange("maxBotsPerRoom", bots, 0, 256);
        return this;
    }

    @Override
    public BanterRuntime.Builder maxMessageBytes(int bytes) {
        maxMessageBytes = requireRange("maxMessageBytes", bytes, 256, 16 << 20);
        return this;
    }

    @Override
    public BanterRuntime.Builder registerType(MessageType<?> type) {
        Objects.requireNonNull(type, "type");
        for (MessageType<?> t : types) {
            if (t.name().equals(type.name())) {
                throw new IllegalArgumentException("message type '" + type.name() + "' is registered already");
            }
        }
        types.add(type);
        return this;
    }

    @Override
    public BanterRuntime.Builder category(String name, CategoryPredicate predicate) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(predicate, "predicate");
        if (routing.hostCategories().containsKey(name)) {
            throw new IllegalArgumentException("category '" + name + "' is defined already");
        }
        routing = routing.withHostCategory(name, predicate);
        return this;
    }

    @Override
    public BanterRuntime.Builder commandPrefixes(String... values) {
        routing = routing.withCommandPrefixes(values);
        return this;
    }

    @Override
    public BanterRuntime.Builder tipTiers(long... thresholds) {
        routing = routing.withTipThresholds(thresholds);
        return this;
    }

    @Override
    public BanterRuntime.Builder capsRule(int minLetters, double ratio) {
        routing = routing.withCaps(minLetters, ratio);
        return this;
    }

    @Override
    public BanterRuntime.Builder preHandler(HandlerSpec spec) {
        pre.add(requireStage(spec, Stage.INTERCEPT, "preHandler"));
        return this;
    }

    @Override
    public BanterRuntime.Builder postHandler(HandlerSpec spec) {
        post.add(requireStage(spec, Stage.INTERCEPT, "postHandler"));
        return this;
    }

    @Override
    public BanterRuntime.Builder observer(HandlerSpec spec) {
        observers.add(requireStage(spec, Stage.OBSERVE, "observer"));
        return this;
    }

    @Override
    public BanterRuntime.Builder actionSink(ActionSink actionSink) {
        sink = Objects.requireNonNull(actionSink, "actionSink");
        return this;
    }

    @Override
    public BanterRuntime.Builder actionRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        retry = new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
        return this;
    }

    @Override
    public BanterRuntime.Builder clock(Clock value) {
        clock = Objects.requireNonNull(value, "clock");
        timeSource = null;
        return this;
    }

    @Override
    public BanterRuntime.Builder timeSource(TimeSource source) {
        timeSource = Objects.requireNonNull(source, "source");
        return this;
    }

    @Override
    public BanterRuntime.Builder stateStore(StateStore store) {
        stateStore = Objects.requireNonNull(store, "store");
        return this;
    }

    @Override
    public BanterRuntime.Builder timers(int maxPerHandler, Duration minInterval) {
        Objects.requireNonNull(minInterval, "minInterval");
        requireRange("timers maxPerHandler", maxPerHandler, 1, 1_024);
        if (minInterval.compareTo(Duration.ofSeconds(1)) < 0 || minInterval.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("timers minInterval must be 1s..24h, was " + minInterval);
        }
        maxTimersPerHandler = maxPerHandler;
        minTimerInterval = minInterval;
        return this;
    }

    @Override
    public BanterRuntime build() {
        if (dedicated.size() >= lanes) {
            throw new IllegalStateException("dedicatedLanes: " + dedicated.size() + " rooms with a lane of their own"
                    + " leave no lane for the other rooms; lanes is " + lanes + ", it must be at least "
                    + (dedicated.size() + 1));
        }
        DefaultMessageTypeRegistry.Builder registryBuilder = DefaultMessageTypeRegistry.builder();
        types.forEach(registryBuilder::register);
        DefaultMessageTypeRegistry registry = registryBuilder.build();
        Router router = new Router(routing);
        JsonMessageCodec codec = new JsonMessageCodec(registry, maxMessageBytes);

        int id = RUNTIMES.incrementAndGet();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "banter-" + id + "-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        Clock wallClock = clock;
        if (wallClock == null && timeSource == null) {
            MonotonicClock monotonic = new MonotonicClock(Clock.systemUTC());
            timer.scheduleWithFixedDelay(monotonic::resync, RESYNC_SECONDS, RESYNC_SECONDS, TimeUnit.SECONDS);
            wallClock = monotonic;
        }
        TimeSource time = timeSource != null ? timeSource : new SystemTimeSource(wallClock, timer);
        Clock engineClock = timeSource != null ? new TimeSourceClock(timeSource) : wallClock;
        TimerService timers = new TimerService(
                time,
                stateStore != null ? stateStore : new InMemoryStateStore(),
                maxTimersPerHandler,
                minTimerInterval.toMillis());

        Set<String> ids = new HashSet<>();
        List<ChainEntry> preEntries = entries(pre, ids, registry, router);
        List<ChainEntry> postEntries = entries(post, ids, registry, router);
        List<HandlerSpec> allObservers = new ArrayList<>(observers);
        allObservers.add(timers.broadcastObserver());
        List<ChainEntry> observerEntries = entries(allObservers, ids, registry, router);
        ChainSnapshot.HostHandlers host = new ChainSnapshot.HostHandlers(preEntries, postEntries, observerEntries);
        ChainSnapshot hostOnly = ChainSnapshot.build(host, List.of(), registry, router);

        LanePool pool = new LanePool(lanes, "banter-" + id + "-lane-", dedicated);
        LaneMetrics[] laneMetrics = new LaneMetrics[lanes];
        ChainRunner[] runners = new ChainRunner[lanes];
        for (int i = 0; i < lanes; i++) {
            laneMetrics[i] = new LaneMetrics();
            runners[i] = new ChainRunner(i, laneMetrics[i], codec, engineClock, router);
        }
        EngineParts parts = new EngineParts(
                registry,
                router,
                codec,
                host,
                Set.copyOf(ids),
                hostOnly,
                pool,
                laneMetrics,
                runners,
                timer,
                sink,
                retry,
                queueBound,
                criticalBound,
                criticalOfferTimeout.toNanos(),
                maxBots,
                engineClock,
                timers);
        return new DefaultBanterRuntime(parts);
    }

    private List<ChainEntry> entries(
            List<HandlerSpec> specs, Set<String> ids, DefaultMessageTypeRegistry registry, Router router) {
        List<ChainEntry> out = new ArrayList<>(specs.size());
        for (HandlerSpec spec : specs) {
            if (!ids.add(spec.id())) {
                throw new IllegalStateException("two host handlers share the id '" + spec.id() + "'");
            }
            try {
                ChainSnapshot.validate(spec, registry, router);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            out.add(new ChainEntry(spec, lanes));
        }
        return out;
    }

    private static HandlerSpec requireStage(HandlerSpec spec, Stage stage, String method) {
        Objects.requireNonNull(spec, "spec");
        if (spec.id().equals(TimerService.OBSERVER_ID)) {
            throw new IllegalArgumentException(
                    "the handler id '" + TimerService.OBSERVER_ID + "' is the engine's own; choose another");
        }
        if (spec.stage() != stage) {
            throw new IllegalArgumentException(method + " takes " + stage + " handlers; '" + spec.id() + "' is "
                    + spec.stage() + (stage == Stage.OBSERVE ? " (call spec.observe())" : " (call spec.intercept())"));
        }
        return spec;
    }

    private static int requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
        return value;
    }
}
