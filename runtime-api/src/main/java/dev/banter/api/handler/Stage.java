package dev.banter.api.handler;

/**
 * Where in a chain a handler runs.
 *
 * @since 0.1
 */
public enum Stage {
    /**
     * Before delivery, for {@link dev.banter.api.message.Flow#INTERCEPT} types only: the handler's verdict counts.
     */
    INTERCEPT,
    /** After delivery, for every type: the handler sees the delivered message and cannot veto it. */
    OBSERVE
}
