package dev.banter.core.internal.room;

import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Slot;
import dev.banter.api.message.Coalescing;
import dev.banter.api.message.Delivery;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.metrics.RoomMetrics;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.core.internal.actions.ActionDispatcher;
import dev.banter.core.internal.chain.ChainEntry;
import dev.banter.core.internal.chain.ChainRunner;
import dev.banter.core.internal.chain.ChainSnapshot;
import dev.banter.core.internal.chain.Emitted;
import dev.banter.core.internal.lanes.Lane;
import dev.banter.core.internal.lanes.LaneGroup;
import dev.banter.core.internal.lanes.LaneThread;
import dev.banter.core.internal.metrics.RoomCounters;
import dev.banter.core.internal.metrics.TypeStats;
import dev.banter.core.internal.routing.RoomRouteState;
import dev.banter.core.internal.timers.RoomTimers;
import dev.banter.core.internal.timers.TimerService;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A room: its admission control (called from any thread) and its processing (on its lane only).
 *
 * <p>Admission keeps two counts of events accepted and not yet taken by the lane, all this room's own: best-effort
 * ones (coalescing slots included), which the queue bound applies to, and critical ones, which also hold a permit
 * while they wait. Each event touches one count once on the way in and once on the way out, so a submitter and the
 * lane share one contended word per event. Closing waits for both counts to reach zero. Nothing here is shared with
 * another room.
 */
public final class RoomState extends LaneGroup implements Room {

    private static final Logger LOG = LoggerFactory.getLogger(RoomState.class);
    private static final VarHandle PROCESSING;
    private static final VarHandle BEST_EFFORT_DEPTH;
    private static final VarHandle CRITICAL_DEPTH;
    private static final VarHandle ACCEPTED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            PROCESSING = lookup.findVarHandle(RoomState.class, "processing", int.class);
            BEST_EFFORT_DEPTH = lookup.findVarHandle(RoomState.class, "bestEffortDepth", int.class);
            CRITICAL_DEPTH = lookup.findVarHandle(RoomState.class, "criticalDepth", int.class);
            ACCEPTED = lookup.findVarHandle(RoomState.class, "accepted", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private enum State {
        OPEN,
        CLOSING,
        CLOSED
    }

    private final RoomId id;
    private final Lane lane;
    /** Runs tasks on the lane in order with this room's events. */
    private final Executor inOrder;

    private final EngineParts parts;
    private final Consumer<RoomState> onClosed;
    private final RoomCounters counters = new RoomCounters();
    // The counts a submitter writes are fields of the room, not objects of their own: every object an admission
    // touches is one more cache line to miss, and with thousands of rooms each one misses.
    private volatile int bestEffortDepth;
    private volatile int criticalDepth;
    /** Events admitted, coalesced ones included; the admission counter of {@link RoomMetrics#accepted()}. */
    private volatile long accepted;
    /** 1 while the lane runs one of this room's events: taken off its count, not yet processed. */
    private volatile int processing;

    private final Semaphore criticalPermits;
    private final ConcurrentHashMap<Object, CoalesceSlot> slots = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Object installLock = new Object();
    private final List<ChainEntry> entries = new ArrayList<>();
    private volatile State state = State.OPEN;
    private volatile ChainSnapshot chain;

    // Lane-confined.
    private final RoomRouteState routeState = new RoomRouteState();
    private final ActionDispatcher dispatcher;
    private final RoomTimers timers;
    private final ChainRunner runner;
    private final ArrayList<Emitted> emitted; // the lane's, shared by its rooms
    private String lastType = "";
    private TypeStats lastTypeStats = new TypeStats();

    public RoomState(RoomId id, EngineParts parts, Consumer<RoomState> onClosed) {
        this.id = id;
        this.parts = parts;
        this.onClosed = onClosed;
        this.lane = parts.lanes().laneFor(id);
        this.inOrder = task -> lane.execute(this, task);
        this.criticalPermits = new Semaphore(parts.criticalBound());
        this.chain = parts.hostOnlyChain();
        this.timers = new RoomTimers(id, inOrder, parts.timers(), counters, h -> chain.timerOwner(h), this::runTimer);
        this.dispatcher =
                new ActionDispatcher(id, parts.sink(), parts.retry(), inOrder, parts.timer(), counters, timers::apply);
        this.runner = parts.runners()[lane.index()];
        this.emitted = runner.emittedBuffer();
        inOrder.execute(this::restoreHostTimers);
    }

    @Override
    public RoomId id() {
        return id;
    }

    @Override
    public int lane() {
        return lane.index();
    }

    // ---- admission: any thread --------------------------------------------------------------------------------

    @Override
    public CompletionStage<Outcome> submit(Message message) {
        RoomId target = message.room();
        if (target != id && !target.equals(id)) {
            throw new IllegalArgumentException(
                    "room: the message " + message.id() + " is for room " + target + ", not for this room " + id);
        }
        parts.checkSubmitted(message);
        return offer(message);
    }

    /** Admits one message or refuses it with an explicit status; see {@link Delivery} and {@link Coalescing}. */
    public CompletableFuture<Outcome> offer(Message message) {
        MessageType<?> type = message.type();
        if (type.delivery() == Delivery.CRITICAL) {
            return offerCritical(message);
        }
        if (type.coalescing() != Coalescing.NONE) {
            return offerCoalescing(message, type);
        }
        // Count first, then look at the state: closing sets the state, then waits for the counts, so either it sees
        // this event counted or this submitter sees it closing.
        int depth = (int) BEST_EFFORT_DEPTH.getAndAdd(this, 1) + 1;
        if (state != State.OPEN) {
            BEST_EFFORT_DEPTH.getAndAdd(this, -1);
            return refuseClosed(message);
        }
        if (depth > parts.queueBound()) {
            BEST_EFFORT_DEPTH.getAndAdd(this, -1);
            counters.overloaded.increment();
            return refuse(
                    Outcome.Status.OVERLOADED,
                    message,
                    "room " + id + " has " + parts.queueBound() + " events waiting; " + type.name() + " refused");
        }
        return enqueue(new Pending(this, message, false));
    }

    private CompletableFuture<Outcome> offerCritical(Message message) {
        CRITICAL_DEPTH.getAndAdd(this, 1);
        if (state != State.OPEN) {
            CRITICAL_DEPTH.getAndAdd(this, -1);
            return refuseClosed(message);
        }
        boolean permit = criticalPermits.tryAcquire();
        if (!permit && !LaneThread.onLane()) {
            // Real backpressure: the submitter waits. A lane never waits (it could be the one that must drain);
            // a critical event submitted from a lane is accepted over the bound instead.
            try {
                permit = criticalPermits.tryAcquire(parts.criticalOfferNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!permit) {
                CRITICAL_DEPTH.getAndAdd(this, -1);
                counters.backpressured.increment();
                return refuse(
                        Outcome.Status.BACKPRESSURE,
                        message,
                        "room " + id + " has " + parts.criticalBound()
                                + " critical events waiting; not accepted, retry");
            }
        }
        return enqueue(new Pending(this, message, permit));
    }

    private CompletableFuture<Outcome> offerCoalescing(Message message, MessageType<?> type) {
        if (state != State.OPEN) {
            return refuseClosed(message);
        }
        Object key = type.coalescing() == Coalescing.LATEST_PER_ROOM
                ? type.name()
                : new SenderKey(type.name(), message.sender().name());
        Pending pending = new Pending(this, message, false);
        while (true) {
            CoalesceSlot slot = slots.get(key);
            if (slot != null) {
                // A slot that takes the newer message is still counted and not yet taken, so closing waits for it.
                if (slot.replace(pending)) {
                    ACCEPTED.getAndAdd(this, 1L);
                    counters.coalesced.increment();
                    return pending.future;
                }
                slots.remove(key, slot); // taken by the lane a moment ago
                continue;
            }
            int depth = (int) BEST_EFFORT_DEPTH.getAndAdd(this, 1) + 1;
            if (state != State.OPEN) {
                BEST_EFFORT_DEPTH.getAndAdd(this, -1);
                return refuseClosed(message);
            }
            if (depth > parts.queueBound()) {
                BEST_EFFORT_DEPTH.getAndAdd(this, -1);
                counters.dropped.increment();
                return refuse(
                        Outcome.Status.DROPPED,
                        message,
                        "room " + id + " has " + parts.queueBound() + " events waiting and no pending " + type.name()
                                + " to coalesce with");
            }
            CoalesceSlot fresh = new CoalesceSlot(this, key, pending);
            if (slots.putIfAbsent(key, fresh) == null) {
                ACCEPTED.getAndAdd(this, 1L);
                lane.enqueue(fresh);
                return pending.future;
            }
            BEST_EFFORT_DEPTH.getAndAdd(this, -1); // another submitter made the slot first
        }
    }

    private CompletableFuture<Outcome> enqueue(Pending pending) {
        ACCEPTED.getAndAdd(this, 1L);
        lane.enqueue(pending);
        return pending.future;
    }

    private CompletableFuture<Outcome> refuseClosed(Message message) {
        return refuse(Outcome.Status.CLOSED, message, "room " + id + " is closing");
    }

    private static CompletableFuture<Outcome> refuse(Outcome.Status status, Message message, String reason) {
        return CompletableFuture.completedFuture(Outcome.refused(status, message, reason));
    }

    private record SenderKey(String type, String sender) {}

    // ---- processing: the room's lane only ------------------------------------------------------------------------

    void takeSlot(CoalesceSlot slot) {
        slots.remove(slot.key, slot);
        Pending pending = slot.take();
        if (pending != null) {
            process(pending);
        }
    }

    void process(Pending pending) {
        Message message = pending.message;
        // The lane takes the event off the count as it starts: closing runs on this lane too, so it cannot look at
        // the counts while the event is still running.
        int waiting;
        if (message.type().delivery() == Delivery.CRITICAL) {
            if (pending.holdsPermit) {
                criticalPermits.release();
            }
            waiting = (int) CRITICAL_DEPTH.getAndAdd(this, -1) + bestEffortDepth;
        } else {
            waiting = (int) BEST_EFFORT_DEPTH.getAndAdd(this, -1) + criticalDepth;
        }
        PROCESSING.setRelease(this, 1);
        counters.depth(waiting);
        Outcome outcome;
        emitted.clear();
        long start;
        long end;
        try {
            boolean firstMessage = parts.router().touch(message, routeState);
            start = System.nanoTime();
            outcome = runner.run(chain, message, firstMessage, counters, emitted, start);
            end = runner.lastNanos();
        } catch (RuntimeException | StackOverflowError e) {
            // The runner contains handler failures; reaching here is an engine or router fault. Keep the room going.
            LOG.error("room {}: could not run {} {}", id, message.type().name(), message.id(), e);
            outcome = Outcome.refused(Outcome.Status.REJECTED, message, "internal error: " + e);
            start = System.nanoTime();
            end = start;
        }
        if (!emitted.isEmpty()) {
            dispatcher.dispatch(message.id(), emitted);
            end = System.nanoTime(); // with nothing to hand over, the last handler's reading stands for the end
        }
        boolean delivered = outcome.delivered();
        counters.processed(message.type().name(), delivered, end - pending.submittedNanos);
        typeStats(message.type().name()).record(delivered, end - start);
        PROCESSING.setRelease(this, 0);
        pending.future.complete(outcome);
    }

    /** Runs a timer firing through its owner's handlers; the lane's own event, in order with the room's others. */
    private void runTimer(String owner, Message message) {
        emitted.clear();
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = runner.runTimer(chain, owner, message, counters, emitted, start);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("room {}: could not run timer {} of '{}'", id, message.id(), owner, e);
            return;
        }
        if (!emitted.isEmpty()) {
            dispatcher.dispatch(message.id(), emitted);
        }
        long end = System.nanoTime();
        counters.processed(message.type().name(), outcome.delivered(), end - start);
        typeStats(message.type().name()).record(outcome.delivered(), end - start);
    }

    private void restoreHostTimers() {
        for (String hostId : parts.hostHandlerIds()) {
            String owner = chain.timerOwner(hostId);
            if (owner.equals(hostId) && !hostId.equals(TimerService.OBSERVER_ID)) {
                timers.restore(owner);
            }
        }
    }

    private TypeStats typeStats(String type) {
        if (type != lastType) {
            lastTypeStats = parts.laneMetrics()[lane.index()].type(type);
            lastType = type;
        }
        return lastTypeStats;
    }

    /** Events accepted and not yet processed. */
    private int waiting() {
        return bestEffortDepth + criticalDepth + processing;
    }

    /** The room's counters; call on the room's lane. */
    public RoomMetrics metricsOnLane() {
        return counters.snapshot(waiting(), accepted);
    }

    // ---- handlers ---------------------------------------------------------------------------------------------

    @Override
    public void install(HandlerSpec spec) {
        ChainSnapshot.validate(spec, parts.registry(), parts.router());
        synchronized (installLock) {
            if (state != State.OPEN) {
                throw new IllegalStateException("room " + id + " is closing; cannot install '" + spec.id() + "'");
            }
            checkInstallable(spec, entries);
            List<ChainEntry> next = new ArrayList<>(entries);
            next.add(new ChainEntry(spec, parts.lanes().size()));
            chain = ChainSnapshot.build(parts.host(), next, parts.registry(), parts.router());
            entries.add(next.getLast());
            String owner = chain.timerOwner(spec.id());
            if (owner.equals(spec.id())) {
                inOrder.execute(() -> timers.restore(owner)); // on the lane, before any message that follows
            }
        }
    }

    /** Throws if {@code spec} cannot join {@code current}: a taken id, a second app, one bot too many. */
    private void checkInstallable(HandlerSpec spec, List<ChainEntry> current) {
        if (parts.hostHandlerIds().contains(spec.id())) {
            throw new IllegalArgumentException(
                    "handler id '" + spec.id() + "' is taken by a host handler; choose another");
        }
        int bots = 0;
        for (ChainEntry e : current) {
            if (e.spec().id().equals(spec.id())) {
                throw new IllegalArgumentException(
                        "room " + id + " already has a handler '" + spec.id() + "'; uninstall it first");
            }
            if (spec.slot() == Slot.APP && e.spec().slot() == Slot.APP) {
                throw new IllegalStateException("room " + id + " already runs app '"
                        + e.spec().id() + "'; a room has one app: uninstall it before installing '" + spec.id() + "'");
            }
            if (e.spec().slot() == Slot.BOT) {
                bots++;
            }
        }
        if (spec.slot() == Slot.BOT && bots >= parts.maxBots()) {
            throw new IllegalStateException("room " + id + " already runs " + bots + " bots, the maximum; cannot"
                    + " install '" + spec.id() + "'");
        }
    }

    @Override
    public boolean uninstall(String handlerId) {
        synchronized (installLock) {
            String owner = chain.timerOwner(handlerId);
            boolean removed = entries.removeIf(e -> e.spec().id().equals(handlerId));
            if (removed) {
                chain = ChainSnapshot.build(parts.host(), entries, parts.registry(), parts.router());
                if (owner.equals(handlerId)) {
                    inOrder.execute(() -> timers.forget(owner)); // stopped, still stored for the next install
                }
            }
            return removed;
        }
    }

    @Override
    public void replace(List<String> removeIds, List<HandlerSpec> specs) {
        for (HandlerSpec spec : specs) {
            ChainSnapshot.validate(spec, parts.registry(), parts.router());
        }
        synchronized (installLock) {
            if (state != State.OPEN) {
                throw new IllegalStateException("room " + id + " is closing; cannot replace " + removeIds);
            }
            List<ChainEntry> next = new ArrayList<>(entries.size() + specs.size());
            int at = -1;
            for (ChainEntry e : entries) {
                if (removeIds.contains(e.spec().id())) {
                    at = at < 0 ? next.size() : at;
                } else {
                    next.add(e);
                }
            }
            int position = at < 0 ? next.size() : at;
            for (HandlerSpec spec : specs) {
                checkInstallable(spec, next);
                next.add(position++, new ChainEntry(spec, parts.lanes().size()));
            }
            chain = ChainSnapshot.build(parts.host(), next, parts.registry(), parts.router());
            entries.clear();
            entries.addAll(next);
        }
    }

    @Override
    public <T> CompletionStage<T> onLane(Supplier<T> task) {
        CompletableFuture<T> done = new CompletableFuture<>();
        inOrder.execute(() -> {
            try {
                done.complete(task.get());
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    @Override
    public List<HandlerSpec> handlers() {
        return chain.roomHandlers();
    }

    @Override
    public int queueDepth() {
        return Math.max(0, waiting());
    }

    @Override
    public boolean isOpen() {
        return state == State.OPEN;
    }

    // ---- closing ----------------------------------------------------------------------------------------------

    @Override
    public CompletionStage<Void> close() {
        synchronized (installLock) {
            if (state == State.OPEN) {
                state = State.CLOSING;
                inOrder.execute(this::finishClose);
            }
        }
        return closed;
    }

    /** Completes the close once every accepted event ran and every action was settled; else looks again shortly. */
    private void finishClose() {
        if (waiting() > 0 || !dispatcher.idle()) {
            parts.timer().schedule(() -> inOrder.execute(this::finishClose), 1, TimeUnit.MILLISECONDS);
            return;
        }
        timers.close();
        state = State.CLOSED;
        onClosed.accept(this);
        closed.complete(null);
    }
}
