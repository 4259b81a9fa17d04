package dev.banter.api.metrics;

import java.util.Map;

/**
 * One room's counters.
 *
 * @param queueDepth events accepted and not yet processed, at snapshot time
 * @param maxQueueDepth the deepest the queue has been
 * @param accepted events accepted
 * @param delivered events delivered
 * @param rejected events rejected by a handler
 * @param overloaded events refused as {@code OVERLOADED}
 * @param coalesced events replaced as {@code COALESCED}
 * @param dropped events refused as {@code DROPPED}
 * @param backpressured critical events refused as {@code BACKPRESSURE}
 * @param handlerFailures handler calls that failed
 * @param actionsDelivered actions the sink accepted
 * @param actionRetries sink attempts that failed and were retried
 * @param actionsUndeliverable actions given up on
 * @param permissionDenials emissions refused for lack of permission
 * @param timersFired timer firings delivered into the room
 * @param timerPeriodsSkipped periods of repeating timers skipped because they could not fire in time
 * @param timersRefused timer schedules refused for breaking the runtime's timer limits
 * @param byType events processed, by type name
 * @param latency submit-to-outcome latency of processed events
 * @since 0.1
 */
public record RoomMetrics(
        long queueDepth,
        long maxQueueDepth,
        long accepted,
        long delivered,
        long rejected,
        long overloaded,
        long coalesced,
        long dropped,
        long backpressured,
        long handlerFailures,
        long actionsDelivered,
        long actionRetries,
        long actionsUndeliverable,
        long permissionDenials,
        long timersFired,
        long timerPeriodsSkipped,
        long timersRefused,
        Map<String, Long> byType,
        LatencySummary latency) {

    public RoomMetrics {
        byType = Map.copyOf(byType);
    }
}
