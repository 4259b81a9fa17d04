package dev.banter.core.internal.routing;

import java.util.Arrays;

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
 *
 * <p>The names sit in an open-addressing table (linear probing, at most half full), so that the look-up every chat
 * message makes is one array probe and, for the same {@code String} instance, one identity comparison.
 */
public final class RoomRouteState {

    /** The default bound on remembered sender names. */
    public static final int DEFAULT_MAX_SENDERS = 100_000;

    private static final int INITIAL_CAPACITY = 16;

    private final int maxSenders;
    private String[] table = new String[INITIAL_CAPACITY];
    private int size;

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
        if (table.length > INITIAL_CAPACITY * 4) {
            table = new String[INITIAL_CAPACITY];
        } else {
            Arrays.fill(table, null);
        }
        size = 0;
    }

    /** How many senders are remembered. */
    public int size() {
        return size;
    }

    /** The most senders this state remembers. */
    public int maxSenders() {
        return maxSenders;
    }

    /** Records {@code sender}; true if it was not seen before and there was room to remember it. */
    boolean markSeen(String sender) {
        String[] t = table;
        int mask = t.length - 1;
        int h = sender.hashCode();
        for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
            String s = t[i];
            if (s == null) {
                if (size >= maxSenders) {
                    return false;
                }
                t[i] = sender;
                if (++size * 2 > t.length) {
                    grow();
                }
                return true;
            }
            if (s == sender || (s.hashCode() == h && s.equals(sender))) {
                return false;
            }
        }
    }

    private void grow() {
        String[] old = table;
        String[] t = new String[old.length * 2];
        int mask = t.length - 1;
        for (String s : old) {
            if (s != null) {
                int h = s.hashCode();
                int i = (h ^ (h >>> 16)) & mask;
                while (t[i] != null) {
                    i = (i + 1) & mask;
                }
                t[i] = s;
            }
        }
        table = t;
    }
}
