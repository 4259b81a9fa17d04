package dev.banter.api.spi;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * The engine's time: what time it is, and a way to be woken at a time. Message timestamps, {@code HandlerContext.now()}
 * and timers all read it, so a host that passes a virtual one (such as the engine's {@code ManualClock}) runs every
 * timer on virtual time.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #now()} never goes backwards, and is called from any thread, lanes included; keep it cheap.
 *   <li>{@link #wakeAt} asks for {@link Wakeup#wake()} to be called once, on a thread of the time source's choosing,
 *       as soon as {@link #now()} has reached {@code at} (at once if it already has). It never calls back on the
 *       calling thread from inside {@code wakeAt}. The engine keeps at most one wakeup per room pending, so a few
 *       thousand at once is the scale to expect.
 *   <li>The stage a wakeup returns completes when the engine has handled it (the due timers fired and their handlers
 *       returned). A real-time source may ignore it; a virtual one waits for it before it moves its time past the
 *       next wakeup, which makes every firing happen at its own virtual instant, in order.
 * </ul>
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.2
 */
public interface TimeSource {

    /** The current time. */
    Instant now();

    /**
     * Asks to be woken once at {@code at}.
     *
     * @param at when to wake; a time already past means as soon as possible
     * @param wakeup what to call
     * @return a handle that cancels the wakeup if it has not run yet
     */
    Alarm wakeAt(Instant at, Wakeup wakeup);

    /**
     * A callback of {@link #wakeAt}.
     *
     * @since 0.2
     */
    @FunctionalInterface
    interface Wakeup {

        /**
         * Runs the wakeup; must not block.
         *
         * @return completes when the engine has done what the wakeup started
         */
        CompletionStage<?> wake();
    }

    /**
     * A pending wakeup.
     *
     * @since 0.2
     */
    @FunctionalInterface
    interface Alarm {

        /** Cancels the wakeup if it has not run yet; does nothing otherwise. */
        void cancel();
    }
}
