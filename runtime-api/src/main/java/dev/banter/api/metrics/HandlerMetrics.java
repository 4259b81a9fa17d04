package dev.banter.api.metrics;

/**
 * One handler's counters, over every room it runs in.
 *
 * @param invocations calls
 * @param passes pass verdicts
 * @param modifies modify verdicts
 * @param rejects reject verdicts
 * @param stops stop verdicts
 * @param failures failed calls
 * @param latency call latency
 * @since 0.1
 */
public record HandlerMetrics(
        long invocations,
        long passes,
        long modifies,
        long rejects,
        long stops,
        long failures,
        LatencySummary latency) {}
