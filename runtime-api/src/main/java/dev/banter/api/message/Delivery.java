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
     * May be shed under overload, and every such event is counted. A type with a {@link Coalescing} rule replaces a
     * pending message of the same key whenever there is one, and is {@code DROPPED} when there is none and the room
     * is over its queue bound. A type without one is refused with
     * {@link dev.banter.api.handler.Outcome.Status#OVERLOADED} over the bound. Chat, presence and statistics are
     * best effort.
     */
    BEST_EFFORT
}
