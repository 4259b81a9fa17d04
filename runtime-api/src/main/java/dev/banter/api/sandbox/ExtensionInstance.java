package dev.banter.api.sandbox;

import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Subscription;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import java.util.List;

/**
 * One extension running in one room, inside its own sandbox context.
 *
 * <p>Install it with {@link #installInto(Room)}; the engine then calls its handlers on the room's lane thread. The handler
 * never throws anything but {@link dev.banter.api.ExtensionException}: a guest error, a broken limit or a
 * cancellation, each contained and recorded in the message's trace. Actions and kv writes of an invocation that
 * failed are discarded.
 *
 * @since 0.1
 */
public interface ExtensionInstance extends AutoCloseable {

    /** The spec the instance was made from. */
    InstanceSpec spec();

    /** The room it serves. */
    default RoomId room() {
        return spec().room();
    }

    /** The subscriptions the extension registered while loading ({@code banter.on}, {@code banter.command}). */
    List<Subscription> subscriptions();

    /**
     * The handlers to install in the room: {@code ext:<id>} intercepts the subscribed types whose flow is {@code
     * INTERCEPT}, and {@code ext:<id>.observe} observes the others. Each is present only if it has subscriptions.
     */
    List<HandlerSpec> handlerSpecs();

    /** Installs {@link #handlerSpecs()} in the room. */
    default void installInto(Room room) {
        if (!room.id().equals(room())) {
            throw new IllegalArgumentException("this instance serves room " + room().value() + ", not "
                    + room.id().value());
        }
        for (HandlerSpec spec : handlerSpecs()) {
            room.install(spec);
        }
    }

    /** Removes {@link #handlerSpecs()} from the room; answers whether any was installed. */
    default boolean uninstallFrom(Room room) {
        boolean any = false;
        for (HandlerSpec spec : handlerSpecs()) {
            any |= room.uninstall(spec.id());
        }
        return any;
    }

    /**
     * Runs the extension's migration hook once, when the lifecycle upgrades a room to this instance's version: for
     * {@code banter/1}, the function given to {@code banter.migrate((fromVersion, kv) => ...)} while loading. It runs
     * under the load deadline and the instance's limits; its kv writes are committed only if it returns normally.
     * Call it before the instance is installed, from the room's lane (no handler of the old version may run at the
     * same time on the same state).
     *
     * @param fromVersion the version the room ran before
     * @return whether the extension has a hook (false: nothing ran)
     * @throws dev.banter.api.ExtensionException if the hook failed or broke a limit; none of its writes are kept
     * @since 0.2
     */
    default boolean migrate(String fromVersion) {
        return false;
    }

    /**
     * Parks the instance: closes its sandbox context to free its memory, keeping its handlers in the room's chain,
     * its settings, its subscriptions and its timers. Its next message (a timer firing included) re-creates the
     * context from its source, settings and stored kv before it is handled; in-memory guest globals start afresh,
     * as after a rebuild. Call it on the room's lane, between two messages, so no invocation is cut short.
     *
     * @return whether it parked now: false if it cannot park (the default), is parked already, or is not
     *     {@link InstanceState#ACTIVE}
     * @since 0.3
     */
    default boolean park() {
        return false;
    }

    /**
     * Whether the instance is parked: its context is closed until its next message.
     *
     * @since 0.3
     */
    default boolean parked() {
        return false;
    }

    /**
     * When the instance last began handling a message, in epoch milliseconds of the runtime's time source
     * ({@link dev.banter.api.handler.HandlerContext#now()}), or {@link Long#MIN_VALUE} if it has handled none.
     *
     * @since 0.3
     */
    default long lastEventMillis() {
        return Long.MIN_VALUE;
    }

    /**
     * How many times a parked instance was resumed by a message.
     *
     * @since 0.3
     */
    default int resumes() {
        return 0;
    }

    /**
     * What the extension's code declared while loading besides its subscriptions, as a JSON object: for {@code
     * cb/1} the evaluated {@code cb.settings_choices} ({@code {"settings_choices": [...]}}), which a manifest
     * generator turns into a settings schema. Other dialects declare nothing ({@code {}}).
     *
     * @since 0.3
     */
    default String declarations() {
        return "{}";
    }

    /**
     * The bytes the JVM allocated on the lane thread while the instance's guest code ran for its most recent handler
     * call, failed or not ({@code 0} before the first call), or {@code -1} if the sandbox does not measure them.
     * Re-creating a parked or cancelled context before the call is not included. The figure is approximate: it is
     * the thread's allocation counter read around the guest call, so it includes what the engine itself allocated
     * for the call (argument conversion, the host bridge, interpreter and compilation bookkeeping), and allocation
     * that compiled code optimizes away is not in it. It is the figure the per-invocation {@link
     * LimitKind#ALLOCATION} budget is checked against. Read it on the room's lane after the call (from a handler that
     * runs after this one, or through {@code Room.onLane}); measuring it allocates nothing and takes no lock.
     *
     * @since 0.5
     */
    default long lastAllocatedBytes() {
        return -1;
    }

    /**
     * The guest statements the instance's most recent handler call ran, failed or not, counted exactly as the {@link
     * LimitKind#STATEMENTS} budget counts them ({@code 0} before the first call), or {@code -1} unless the sandbox was
     * made with {@link SandboxConfig#countStatements()} on. Exact while no other invocation runs on the same engine
     * at the same time, as in a sandbox with one worker; engines are shared across workers, so with more the count
     * can include statements that other calls ran meanwhile. Read it as {@link #lastAllocatedBytes()}.
     *
     * @since 0.5
     */
    default long lastStatements() {
        return -1;
    }

    /** Where the instance is in its life. */
    InstanceState state();

    /** How many times its context was rebuilt after a cancellation. */
    int rebuilds();

    /** The violations counted as strikes in the current window. */
    int strikes();

    /** Log lines dropped by the log-volume quota so far. */
    long droppedLogLines();

    /** Closes the context and drops every reference to it. Idempotent; the handler passes from then on. */
    @Override
    void close();
}
