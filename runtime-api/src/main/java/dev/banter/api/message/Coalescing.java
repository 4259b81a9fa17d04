package dev.banter.api.message;

/**
 * Which pending message a {@link Delivery#BEST_EFFORT} message replaces. While a message of the same key waits in the
 * room's queue, a newer one takes its place instead of queueing behind it; this bounds presence and statistics storms
 * to one pending message per key.
 *
 * <p>A coalesced message takes the queue position of the one it replaces; the replaced message's outcome completes
 * with {@link dev.banter.api.handler.Outcome.Status#COALESCED}.
 *
 * @since 0.1
 */
public enum Coalescing {
    /** Never coalesced: over the bound the message is refused with {@code OVERLOADED}. */
    NONE,
    /** The newest message of the type in the room replaces a pending one (room statistics). */
    LATEST_PER_ROOM,
    /** The newest message of the type from the same sender replaces a pending one (enter, leave). */
    LATEST_PER_SENDER
}
