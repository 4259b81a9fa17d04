package dev.banter.examples;

import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link StateStore} that keeps everything in memory, for demos and tests: state is gone when the JVM exits. Each
 * scope is a concurrent sorted map, so rooms on different lanes never wait for each other.
 */
public final class MemoryStateStore implements StateStore {

    private final Map<StateScope, ConcurrentSkipListMap<String, String>> scopes = new ConcurrentHashMap<>();

    private ConcurrentSkipListMap<String, String> scope(StateScope scope) {
        ConcurrentSkipListMap<String, String> map = scopes.get(scope);
        return map != null ? map : scopes.computeIfAbsent(scope, s -> new ConcurrentSkipListMap<>());
    }

    @Override
    public Optional<String> get(StateScope scope, String key) {
        return Optional.ofNullable(scope(scope).get(key));
    }

    @Override
    public void put(StateScope scope, String key, String json) {
        scope(scope).put(key, json);
    }

    @Override
    public boolean delete(StateScope scope, String key) {
        return scope(scope).remove(key) != null;
    }

    @Override
    public List<String> keys(StateScope scope) {
        return List.copyOf(scope(scope).keySet());
    }

    @Override
    public long size(StateScope scope) {
        long chars = 0;
        for (Map.Entry<String, String> e : scope(scope).entrySet()) {
            chars += e.getKey().length() + e.getValue().length();
        }
        return chars;
    }

    @Override
    public void clear(StateScope scope) {
        scopes.remove(scope);
    }

    @Override
    public void close() {
        scopes.clear();
    }
}
