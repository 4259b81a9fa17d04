package dev.banter.core.extension;

import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A test store: one sorted map keyed by owner, room and key. */
final class ScopedStore implements StateStore {

    private final ConcurrentSkipListMap<String, String> entries = new ConcurrentSkipListMap<>();

    private static String prefix(StateScope scope) {
        return scope.owner() + "\u0001" + scope.room().value() + "\u0001";
    }

    @Override
    public Optional<String> get(StateScope scope, String key) {
        return Optional.ofNullable(entries.get(prefix(scope) + key));
    }

    @Override
    public void put(StateScope scope, String key, String json) {
        entries.put(prefix(scope) + key, json);
    }

    @Override
    public boolean delete(StateScope scope, String key) {
        return entries.remove(prefix(scope) + key) != null;
    }

    @Override
    public List<String> keys(StateScope scope) {
        String p = prefix(scope);
        return entries.subMap(p, p + "\uffff").keySet().stream()
                .map(k -> k.substring(p.length()))
                .toList();
    }

    @Override
    public long size(StateScope scope) {
        String p = prefix(scope);
        return entries.subMap(p, p + "\uffff").entrySet().stream()
                .mapToLong(e -> e.getKey().length() - p.length() + e.getValue().length())
                .sum();
    }

    @Override
    public void clear(StateScope scope) {
        String p = prefix(scope);
        entries.subMap(p, p + "\uffff").clear();
    }

    @Override
    public void close() {}
}
