package dev.banter.core.state;

import dev.banter.api.spi.StateChanges;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link StateStore} that keeps every scope in memory: fast, and gone when the JVM exits. For tests, demos and
 * hosts whose extensions may lose their state on a restart.
 *
 * <p>Thread-safe. Each scope has its own map and its own lock, which only that scope's lane takes, so rooms
 * never wait for each other; {@link #write} is atomic because it runs under that lock.
 *
 * @since 0.2
 */
public final class InMemoryStateStore implements StateStore {

    private final Map<StateScope, Scope> scopes = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Creates an empty store. */
    public InMemoryStateStore() {}

    @Override
    public Optional<String> get(StateScope scope, String key) {
        Objects.requireNonNull(key, "key");
        Scope s = existing(scope);
        return s == null ? Optional.empty() : Optional.ofNullable(s.get(key));
    }

    @Override
    public void put(StateScope scope, String key, String json) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(json, "json");
        scope(scope).put(key, json);
    }

    @Override
    public boolean delete(StateScope scope, String key) {
        Objects.requireNonNull(key, "key");
        Scope s = existing(scope);
        return s != null && s.delete(key);
    }

    @Override
    public void write(StateScope scope, StateChanges changes) {
        Objects.requireNonNull(changes, "changes");
        if (changes.isEmpty()) {
            open();
            return;
        }
        scope(scope).write(changes);
    }

    @Override
    public List<String> keys(StateScope scope) {
        Scope s = existing(scope);
        return s == null ? List.of() : s.keys();
    }

    @Override
    public long size(StateScope scope) {
        Scope s = existing(scope);
        return s == null ? 0 : s.size();
    }

    @Override
    public void clear(StateScope scope) {
        Scope s = existing(scope);
        if (s != null) {
            s.clear();
        }
    }

    /** Drops every scope; later calls throw {@link IllegalStateException}. */
    @Override
    public void close() {
        closed = true;
        scopes.clear();
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the in-memory state store is closed");
        }
    }

    private Scope scope(StateScope scope) {
        open();
        Objects.requireNonNull(scope, "scope");
        Scope s = scopes.get(scope);
        return s != null ? s : scopes.computeIfAbsent(scope, k -> new Scope());
    }

    private Scope existing(StateScope scope) {
        open();
        return scopes.get(Objects.requireNonNull(scope, "scope"));
    }

    /** One scope's entries and their total size; the lock is the scope's own. */
    private static final class Scope {
        // a hash map: the lane writes on every invocation that sets a key, and only keys() needs the order
        private final HashMap<String, String> entries = new HashMap<>();
        private long size;

        synchronized String get(String key) {
            return entries.get(key);
        }

        synchronized void put(String key, String json) {
            String old = entries.put(key, json);
            size += old == null ? key.length() + json.length() : json.length() - old.length();
        }

        synchronized boolean delete(String key) {
            String old = entries.remove(key);
            if (old == null) {
                return false;
            }
            size -= key.length() + old.length();
            return true;
        }

        synchronized void write(StateChanges changes) {
            for (Map.Entry<String, String> e : changes.puts().entrySet()) {
                put(e.getKey(), e.getValue());
            }
            for (String key : changes.deletes()) {
                delete(key);
            }
        }

        synchronized List<String> keys() {
            String[] keys = entries.keySet().toArray(new String[0]);
            Arrays.sort(keys);
            return List.of(keys);
        }

        synchronized long size() {
            return size;
        }

        synchronized void clear() {
            entries.clear();
            size = 0;
        }
    }
}
