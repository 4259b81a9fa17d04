package dev.banter.core.internal.metrics;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-handler and per-type counters of one lane. Only the lane's thread touches them; a snapshot is a copy taken by a
 * task on the lane, so the per-message path has no synchronization at all.
 */
public final class LaneMetrics {

    private final Map<String, HandlerStats> handlers = new HashMap<>();
    private final Map<String, TypeStats> types = new HashMap<>();

    public HandlerStats handler(String id) {
        return handlers.computeIfAbsent(id, k -> new HandlerStats());
    }

    public TypeStats type(String name) {
        return types.computeIfAbsent(name, k -> new TypeStats());
    }

    /** Copies of every counter; call on the lane. */
    public Copy copy() {
        Map<String, HandlerStats> h = new HashMap<>(handlers.size() * 2);
        handlers.forEach((k, v) -> h.put(k, v.copy()));
        Map<String, TypeStats> t = new HashMap<>(types.size() * 2);
        types.forEach((k, v) -> t.put(k, v.copy()));
        return new Copy(h, t);
    }

    /** A lane's counters at one moment. */
    public record Copy(Map<String, HandlerStats> handlers, Map<String, TypeStats> types) {}
}
