package dev.banter.core.internal.timers;

import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The engine's store when the host gives none: the runtime's own state in memory, gone with it. Only the engine's
 * timers live here, so it stays minimal.
 */
public final class LocalStore implements StateStore {

    private final ConcurrentMap<StateScope, ConcurrentSkipListMap<String, String>> data = new ConcurrentHashMap<>();

    private ConcurrentSkipListMap<String, String> of(StateScope scope) {
        return data.computeIfAbsent(scope, s -> new ConcurrentSkipListMap<>());
    }

    @Override
    public Optional<String> get(StateScope scope, String key) {
        var map = data.get(scope);
        return map == null ? Optional.empty() : Optional.ofNullable(map.get(key));
    }

    @Override
    public void put(StateScope scope, String key, String json) {
        of(scope).put(key, json);
    }

    @Override
    public boolean delete(StateScope scope, String key) {
        var map = data.get(scope);
        return map != null && map.remove(key) != null;
    }

    @Override
    public List<String> keys(StateScope scope) {
        var map = data.get(scope);
        return map == null ? List.of() : List.copyOf(map.keySet());
    }

    @Override
    public long size(StateScope scope) {
        var map = data.get(scope);
        return map == null
                ? 0
                : map.entrySet().stream()
                        .mapToLong(e -> e.getKey().length() + e.getValue().length())
                        .sum();
    }

    @Override
    public void clear(StateScope scope) {
        data.remove(scope);
    }

    @Override
    public void close() {
        data.clear();
    }
}
