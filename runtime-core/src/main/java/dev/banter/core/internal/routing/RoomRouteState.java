package dev.banter.core.internal.routing;

import java.util.HashSet;

/**
 * What the router remembers about one room: the names of the senders it has seen chat since the room's state was made
 * or last {@linkplain #reset() reset}.
 *
 * <p><b>Not thread-safe, by design:</b> a state belongs to one room and is touched only by that room's lane, one
 * message at a time, so it needs no locks. Never share one between rooms or lanes.
 *
 * <p>Memory is bounded: once {@link #maxSenders()} names are recorded, new names are no longer recorded and nobody
 * else counts as sending a first message until the next reset. Missing a greeting is the safe side: a full room never
 * grows the set further and never greets a regular twice.
 */
public final class RoomRouteState {

    /** The default bound on remembered sender names. */
    public static final int DEFAULT_MAX_SENDERS = 100_000;

    private final int maxSenders;
    private final HashSet<String> seen = new HashSet<>();

    /** A fresh state remembering at most {@link #DEFAULT_MAX_SENDERS} senders. */
    public RoomRouteState() {
        this(DEFAULT_MAX_SENDERS);
    }

    /**
     * A fresh state remembering at most {@code maxSenders} senders.
     *
     * @throws IllegalArgumentException if {@code maxSenders} is below 1
     */
    public RoomRouteState(int maxSenders) {
        if (maxSenders < 1) {
            throw new IllegalArgumentException("maxSenders: must be at least 1, was " + maxSenders);
        }
        this.maxSenders = maxSenders;
    }

    /** Forgets every sender, so each one's next chat message is a first message again. */
    public void reset() {
        seen.clear();
    }

    /** How many senders are remembered. */
    public int size() {
        return seen.size();
    }

    /** The most senders this state remembers. */
    public int maxSenders() {
        return maxSenders;
    }

    /** Records {@code sender}; true if it was not seen before and there was room to remember it. */
    boolean markSeen(String sender) {
        return seen.size() < maxSenders && seen.add(sender);
    }
}
