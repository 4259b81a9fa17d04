package dev.banter.api.metrics;

/**
 * One message type's counters, over every room.
 *
 * @param processed messages of the type that went through a chain
 * @param delivered of those, delivered
 * @param rejected of those, rejected
 * @param latency chain latency (first handler to outcome)
 * @since 0.1
 */
public record TypeMetrics(long processed, long delivered, long rejected, LatencySummary latency) {}
