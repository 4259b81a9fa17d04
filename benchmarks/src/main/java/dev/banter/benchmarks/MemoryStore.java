package dev.banter.benchmarks;

import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Instance state in memory, one concurrent map per scope: lanes never wait for each other here. */
final class MemoryStore implements StateStore {

    private final ConcurrentHashMap<StateScope, ConcurrentHashMap<String, String>> scopes = new ConcurrentHashMap<>();

    private ConcurrentHashMap<String, String> of(StateScope scope) {
        ConcurrentHashMap<String, String> map = scopes.get(scope);
        return map != null ? map : scopes.computeIfAbsent(scope, s -> new ConcurrentHashMap<>());
    }

    @Override
    public Optional<String> get(StateScope scope, String key) {
        return Optional.ofNullable(of(scope).get(key));
    }

    @Override
    public void put(StateScope scope, String key, String json) {
        of(scope).put(key, json);
    }

    @Override
    public boolean delete(StateScope scope, String key) {
        return of(scope).remove(key) != null;
    }

    @Override
    public List<String> keys(StateScope scope) {
        return of(scope).keySet().stream().sorted().toList();
    }

    @Override
    public long size(StateScope scope) {
        long n = 0;
        for (Map.Entry<String, String> e : of(scope).entrySet()) {
            n += e.getKey().length() + e.getValue().length();
        }
        return n;
    }

    @Override
    public void clear(StateScope scope) {
        of(scope).clear();
    }

    @Override
    public void close() {
        scopes.clear();
    }
}
