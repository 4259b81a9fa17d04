package dev.banter.api.message;

/**
 * What the runtime may do with a message of a type when its room is overloaded.
 *
 * @since 0.1
 */
public enum Delivery {
    /**
     * Never dropped or coalesced. When the room's critical queue is full, {@code submit} waits up to the configured
     * critical offer timeout and then answers {@link dev.banter.api.handler.Outcome.Status#BACKPRESSURE}: the event was
     * not accepted and the caller still owns it. Tips, media purchases and fan-club joins are critical.
     */
    CRITICAL,
    /**
     * Beyond the room's queue bound the message is coalesced with a pending one (when its type declares a
     * {@link Coalescing}), dropped, or, for types that do not coalesce, refused with
     * {@link dev.banter.api.handler.Outcome.Status#OVERLOADED}. Every such event is counted.
     */
    BEST_EFFORT
}
