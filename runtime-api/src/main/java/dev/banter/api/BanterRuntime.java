package dev.banter.api;

import dev.banter.api.handler.CategoryPredicate;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageCodec;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.MessageTypeRegistry;
import dev.banter.api.metrics.MetricsSnapshot;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.ActionSink;
import dev.banter.api.spi.BanterRuntimeFactory;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.TimeSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A running Banter engine: rooms pinned to lanes of a worker pool, each room's events run through its chain in order.
 *
 * <p>The path of one message:
 *
 * <pre>
 *  host ── submit(message) ──► room queue (bounded; see Delivery) ──► the room's lane thread, one event at a time:
 *      ► Router: categories, command, mentions, tip tier — computed once
 *      ► intercept  (INTERCEPT types): host pre-handlers ► room app ► room bots ► host post-handlers
 *                   each may pass · modify · reject · stop; failures are contained per FailurePolicy
 *      ► deliver    the returned CompletionStage completes with the Outcome (status, final message, trace)
 *      ► observe    host observers and room observers see the delivered message; they cannot veto
 *      ► actions    emitted actions, checked against permissions, go to the ActionSink in order
 * </pre>
 *
 * <p>Only subscribed handlers run: a handler whose subscription's type, category or command does not match is never
 * called. Rooms run in parallel, one lane per worker; no lock is shared between rooms on the per-message path.
 *
 * <p>Outcomes complete on the room's lane thread: dependent stages that block or take long must use an executor of
 * their own. Closing the runtime processes every accepted event first.
 *
 * {@snippet :
 * try (BanterRuntime runtime = BanterRuntime.newBuilder()
 *         .actionSink(envelope -> host.apply(envelope))
 *         .build()) {
 *     Room room = runtime.openRoom(RoomId.of("alice"));
 *     room.install(HandlerSpec.of("no-links", noLinks).grant(Permission.NOTICE));
 *     Outcome outcome = runtime.submit(chatMessage).toCompletableFuture().join();
 * }
 * }
 *
 * @since 0.1
 */
public interface BanterRuntime extends AutoCloseable {

    /**
     * A builder from the one {@link BanterRuntimeFactory} on the class or module path.
     *
     * @throws IllegalStateException if there is none, or more than one
     */
    static Builder newBuilder() {
        Iterator<BanterRuntimeFactory> found =
                ServiceLoader.load(BanterRuntimeFactory.class).iterator();
        if (!found.hasNext()) {
            throw new IllegalStateException("No BanterRuntimeFactory found: add dev.banter:banter-runtime-core as a"
                    + " runtime dependency (it provides the engine), or call a factory's newBuilder() yourself.");
        }
        BanterRuntimeFactory factory = found.next();
        if (found.hasNext()) {
            throw new IllegalStateException("More than one BanterRuntimeFactory found ("
                    + factory.getClass().getName() + ", "
                    + found.next().getClass().getName()
                    + "): keep exactly one engine on the class path.");
        }
        return factory.newBuilder();
    }

    /**
     * Submits one event to its room, opening the room if it is not open.
     *
     * <p>Never blocks, except for a {@link dev.banter.api.message.Delivery#CRITICAL} event whose room's critical queue
     * is full: then it waits up to the critical offer timeout for space. A refused event completes at once with
     * {@code OVERLOADED}, {@code DROPPED}, {@code BACKPRESSURE} or {@code CLOSED}; see {@link Outcome.Status}.
     *
     * @throws dev.banter.api.message.MessageFormatException if the type is not registered here or the payload does
     *     not fit its schema
     */
    CompletionStage<Outcome> submit(Message message);

    /**
     * The open room with that id, opening it if needed.
     *
     * @throws IllegalStateException if the runtime is closed
     */
    Room openRoom(RoomId id);

    /** The open room with that id, if there is one. */
    Optional<Room> room(RoomId id);

    /** The ids of the open rooms. */
    Set<RoomId> rooms();

    /** The registry of message types. */
    MessageTypeRegistry types();

    /** A JSON codec over this runtime's registry. */
    MessageCodec codec();

    /** A snapshot of the counters. It waits briefly for each lane to copy its own. */
    MetricsSnapshot metrics();

    /** The number of lanes. */
    int lanes();

    /**
     * Stops taking events, processes every accepted one in every room, hands their actions to the sink, and stops
     * the workers. Idempotent.
     */
    @Override
    void close();

    /**
     * Configures a runtime. Every setter checks its argument at once; {@link #build()} returns an immutable runtime
     * configuration, and the builder may be reused.
     *
     * @since 0.1
     */
    interface Builder {

        /** The number of lanes (worker threads). Default: the number of available processors. */
        Builder lanes(int count);

        /**
         * Gives each of these rooms a lane of its own, and spreads every other room over the lanes left. Meant for
         * a room far busier than the rest, such as a featured broadcast: on a shared lane, its backlog after a
         * pause waits behind the other rooms' events there, and theirs behind its. Replaces the rooms given before;
         * none by default. A room is pinned to its lane when it opens, so list it before {@link #build()}.
         *
         * @throws IllegalArgumentException if a room is listed twice
         * @throws IllegalStateException from {@link #build()} if there are not more lanes than dedicated rooms
         * @since 0.1
         */
        Builder dedicatedLanes(RoomId... rooms);

        /** How many best-effort events a room may hold unprocessed. Default 1,024. */
        Builder roomQueueBound(int events);

        /** How many critical events a room may hold unprocessed before submit waits. Default 16,384. */
        Builder criticalQueueBound(int events);

        /** How long a critical submit waits for space before answering {@code BACKPRESSURE}. Default 1 s. */
        Builder criticalOfferTimeout(Duration timeout);

        /** How many bots a room may have besides its one app. Default 8. */
        Builder maxBotsPerRoom(int bots);

        /** The largest JSON message the codec accepts, in bytes. Default 64 KiB. */
        Builder maxMessageBytes(int bytes);

        /**
         * Adds a host-defined message type.
         *
         * @throws IllegalArgumentException if a type of that name is registered already
         */
        Builder registerType(MessageType<?> type);

        /**
         * Adds a host-defined category, computed for every message after the built-in ones.
         *
         * @throws IllegalArgumentException if the name is malformed or taken
         */
        Builder category(String name, CategoryPredicate predicate);

        /** The prefixes that introduce chat commands. Default {@code !} and {@code /}. */
        Builder commandPrefixes(String... prefixes);

        /** The tip amounts that start tiers 1, 2, 3...; ascending. Default 100, 500, 1000. */
        Builder tipTiers(long... thresholds);

        /** When a message counts as {@code caps}: at least {@code minLetters}, of which at least {@code ratio} upper. */
        Builder capsRule(int minLetters, double ratio);

        /**
         * Adds a host handler that intercepts before every room's handlers, in registration order.
         *
         * @throws IllegalArgumentException if the spec is not an interceptor or its id is taken
         */
        Builder preHandler(HandlerSpec spec);

        /**
         * Adds a host handler that intercepts after every room's handlers, in registration order.
         *
         * @throws IllegalArgumentException if the spec is not an interceptor or its id is taken
         */
        Builder postHandler(HandlerSpec spec);

        /**
         * Adds a host observer for every room, run before the room's observers.
         *
         * @throws IllegalArgumentException if the spec is not an observer or its id is taken
         */
        Builder observer(HandlerSpec spec);

        /** Where actions go. Default: a sink that logs them at debug level. */
        Builder actionSink(ActionSink sink);

        /** How often and how patiently a failing sink is retried. Default 8 attempts, 10 ms doubling to 5 s. */
        Builder actionRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff);

        /**
         * The clock for timestamps, {@code HandlerContext.now()} and timers; timers wait in real time for it to reach
         * their due time. Replaces any {@link #timeSource}. Default: the system UTC clock, kept monotonic: a wall
         * clock stepped back does not move the engine's time back (it waits for the wall clock to catch up), and one
         * stepped forward is followed within a few seconds. A clock given here is used as it is.
         */
        Builder clock(Clock clock);

        /**
         * The time source for timestamps, {@code HandlerContext.now()} and timers, such as a virtual clock for tests.
         * Replaces any {@link #clock}. Default: the system UTC clock, with timers woken by a daemon thread.
         */
        Builder timeSource(TimeSource source);

        /**
         * Where the engine keeps its own durable state: the timers of every (room, handler). Give the same store to
         * a new runtime to restore them; see {@link #timers}. The runtime does not close it. Default: a map in
         * memory, lost with the runtime.
         */
        Builder stateStore(StateStore store);

        /**
         * The timer limits of every handler, JavaScript or Java: at most {@code maxPerHandler} timers scheduled at
         * once per (room, handler), and no delay or repeat interval shorter than {@code minInterval}. A
         * {@link dev.banter.api.action.ScheduleTimer} past either is refused: logged, counted in
         * {@link dev.banter.api.metrics.RoomMetrics#timersRefused()}, and not passed to the sink. Sandboxes enforce
         * their own {@code timer-count} and {@code timer-interval} limits per extension within these. Default 32 and
         * 1 s.
         *
         * <p>Timers, as the engine runs them:
         *
         * <ul>
         *   <li>A timer belongs to the handler that scheduled it in its room, and its {@code timer} message is
         *       delivered only to that handler (to every spec installed with the same {@code Handler} object, as a
         *       sandboxed extension's intercepting and observing halves are), through its {@code timer}
         *       subscription; without one the firing is counted and goes nowhere. Scheduling a label again
         *       replaces the timer; cancelling an unknown label does nothing. Timers due at the same instant fire in
         *       the order they were scheduled.
         *   <li>A repeating timer keeps a fixed rate: firing n is due at the first due time plus (n-1) intervals, so
         *       lateness never accumulates. A firing that would run a whole interval or more late skips the missed
         *       periods instead (never a burst), fires once, and says so in {@code TimerFired.skipped()}.
         *   <li>While the room's broadcast is offline (after {@code broadcast.stop}, until {@code broadcast.start})
         *       timers are paused: each keeps the time it had left and goes on with it on {@code broadcast.start}.
         *       The engine sees these two types through a host observer of its own, {@code banter.timers}, which
         *       shows in their traces; a host handler cannot take that id.
         *   <li>Timers are kept in the {@link #stateStore} and restored, on the room's lane, when a handler with
         *       the owner's id is installed in the room again (host handlers' when the room opens), in this runtime
         *       or a new one on the same store. A timer that became due meanwhile fires once at once, marked
         *       {@code late}; a repeating one then goes on at its rate. Uninstalling a handler stops its timers
         *       without forgetting them, as its kv stays; closing a room or the runtime does the same. A firing is
         *       stored after its handler returned, so across a crash it is delivered at least once.
         *   <li>Timer actions still reach the {@link #actionSink} once the engine has applied them, for the record;
         *       a sink need not do anything with them.
         * </ul>
         *
         * @throws IllegalArgumentException if {@code maxPerHandler} is not 1..1,024 or {@code minInterval} is not
         *     1 s..24 h
         */
        Builder timers(int maxPerHandler, Duration minInterval);

        /**
         * Builds and starts the runtime.
         *
         * @throws IllegalStateException if a handler subscribes to an unknown type, or intercepts an OBSERVE type
         */
        BanterRuntime build();
    }
}
