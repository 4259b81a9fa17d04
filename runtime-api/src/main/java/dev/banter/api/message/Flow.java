package dev.banter.api.message;

/**
 * How a message of a type travels through its chain.
 *
 * @since 0.1
 */
public enum Flow {
    /**
     * Handlers may pass, modify, reject or stop the message before it is delivered; observers see it afterwards.
     * Chat messages flow this way.
     */
    INTERCEPT,
    /** Nothing can veto the message: it is delivered as submitted and every subscriber observes it. */
    OBSERVE
}
