package dev.banter.api.spi;

/**
 * Where the host carries out the actions handlers emit: sends the notice, bans the user, changes the subject.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #deliver} is called on the room's lane thread, for one room strictly in action order. Keep it short;
 *       hand slow work to the host's own executor.
 *   <li>An exception means "not done": the runtime retries the same envelope with exponential backoff, and holds the
 *       room's later actions back until it succeeds, so order is kept. A retried envelope carries the same
 *       {@link ActionEnvelope#sequence()}.
 *   <li>After the configured number of attempts the envelope goes to {@link #undeliverable} and the room's next
 *       action is tried. Nothing is dropped silently: each such envelope is counted and logged.
 * </ul>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ActionSink {

    /**
     * Carries out one action.
     *
     * @throws Exception if it could not be done now; it will be retried
     */
    void deliver(ActionEnvelope envelope) throws Exception;

    /**
     * Called once for an envelope whose every attempt failed. The default does nothing beyond the runtime's own
     * error log and counter.
     *
     * @param envelope the action given up on
     * @param lastFailure the last attempt's exception
     */
    default void undeliverable(ActionEnvelope envelope, Throwable lastFailure) {}
}
