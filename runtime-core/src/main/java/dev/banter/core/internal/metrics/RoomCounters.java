package dev.banter.core.internal.metrics;

import dev.banter.api.metrics.RoomMetrics;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * One room's counters. Admission counters are written by submitters (only this room's, so they contend with nobody
 * else); the rest only by the room's lane. The count of admitted events is kept by the room itself, next to its queue
 * counts, and handed to {@link #snapshot}.
 */
public final class RoomCounters {

    public final LongAdder overloaded = new LongAdder();
    public final LongAdder coalesced = new LongAdder();
    public final LongAdder dropped = new LongAdder();
    public final LongAdder backpressured = new LongAdder();

    // Lane-confined from here on.
    public long delivered;
    public long rejected;
    public long handlerFailures;
    public long actionsDelivered;
    public long actionRetries;
    public long actionsUndeliverable;
    public long permissionDenials;
    public long timersFired;
    public long timerPeriodsSkipped;
    public long timersRefused;
    public long maxQueueDepth;
    private final Map<String, long[]> byType = new HashMap<>();
    private final Latency latency = Latency.compact();
    private String lastType = "";
    private long[] lastCount = new long[1];

    public void processed(String type, boolean wasDelivered, long submitToOutcomeNanos) {
        // Rooms see long runs of one type (chat): skip the map lookup while the type repeats.
        if (type != lastType) {
            lastCount = byType.computeIfAbsent(type, k -> new long[1]);
            lastType = type;
        }
        lastCount[0]++;
        if (wasDelivered) {
            delivered++;
        } else {
            rejected++;
        }
        latency.record(submitToOutcomeNanos);
    }

    public void depth(long depth) {
        if (depth > maxQueueDepth) {
            maxQueueDepth = depth;
        }
    }

    /** A public view; call on the room's lane. */
    public RoomMetrics snapshot(long queueDepth, long accepted) {
        Map<String, Long> types = new HashMap<>(byType.size() * 2);
        byType.forEach((k, v) -> types.put(k, v[0]));
        return new RoomMetrics(
                queueDepth,
                Math.max(maxQueueDepth, queueDepth),
                accepted,
                delivered,
                rejected,
                overloaded.sum(),
                coalesced.sum(),
                dropped.sum(),
                backpressured.sum(),
                handlerFailures,
                actionsDelivered,
                actionRetries,
                actionsUndeliverable,
                permissionDenials,
                timersFired,
                timerPeriodsSkipped,
                timersRefused,
                types,
                latency.summary());
    }
}
