package dev.banter.api.metrics;

import dev.banter.api.room.RoomId;
import java.time.Instant;
import java.util.Map;

/**
 * The runtime's counters at one moment: per room, per handler and per message type.
 *
 * @param takenAt when the snapshot was taken
 * @param rooms per open room
 * @param handlers per handler id
 * @param types per message type name
 * @since 0.1
 */
public record MetricsSnapshot(
        Instant takenAt,
        Map<RoomId, RoomMetrics> rooms,
        Map<String, HandlerMetrics> handlers,
        Map<String, TypeMetrics> types) {

    public MetricsSnapshot {
        rooms = Map.copyOf(rooms);
        handlers = Map.copyOf(handlers);
        types = Map.copyOf(types);
    }
}
