package dev.banter.sandbox.graal;

import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A plain in-memory state store for tests. */
final class MemoryStore implements StateStore {

    private final Map<StateScope, TreeMap<String, String>> scopes = new ConcurrentHashMap<>();

    private TreeMap<String, String> scope(StateScope scope) {
        return scopes.computeIfAbsent(scope, s -> new TreeMap<>());
    }

    @Override
    public synchronized Optional<String> get(StateScope scope, String key) {
        return Optional.ofNullable(scope(scope).get(key));
    }

    @Override
    public synchronized void put(StateScope scope, String key, String json) {
        scope(scope).put(key, json);
    }

    @Override
    public synchronized boolean delete(StateScope scope, String key) {
        return scope(scope).remove(key) != null;
    }

    @Override
    public synchronized List<String> keys(StateScope scope) {
        return List.copyOf(scope(scope).keySet());
    }

    @Override
    public synchronized long size(StateScope scope) {
        long n = 0;
        for (Map.Entry<String, String> e : scope(scope).entrySet()) {
            n += e.getKey().length() + e.getValue().length();
        }
        return n;
    }

    @Override
    public synchronized void clear(StateScope scope) {
        scope(scope).clear();
    }

    @Override
    public void close() {}
}
