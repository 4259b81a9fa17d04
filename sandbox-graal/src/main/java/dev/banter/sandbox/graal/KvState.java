package dev.banter.sandbox.graal;

import dev.banter.api.spi.StateChanges;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The host side of one instance's kv: the authoritative quota checks and the writes of the running invocation,
 * staged until it succeeds. Used by the instance's lane thread only.
 */
final class KvState {

    private static final String DELETED = new String("\0deleted");

    private final StateStore store;
    private final StateScope scope;
    private final long keyLimit;
    private final long valueLimit;
    private final long totalLimit;
    private final Map<String, Integer> sizes = new HashMap<>();
    private final LinkedHashMap<String, String> staged = new LinkedHashMap<>();
    private final Map<String, Integer> stagedSizes = new HashMap<>();
    private long total;
    private long stagedTotal;
    private @Nullable RuntimeException readFailure;

    KvState(StateStore store, StateScope scope, long keyLimit, long valueLimit, long totalLimit) {
        this.store = store;
        this.scope = scope;
        this.keyLimit = keyLimit;
        this.valueLimit = valueLimit;
        this.totalLimit = totalLimit;
        this.total = store.size(scope);
        this.stagedTotal = total;
    }

    /** The value as the running invocation sees it, or null. */
    @Nullable
    String load(String key) {
        String pending = staged.get(key);
        if (pending != null) {
            return pending == DELETED ? null : pending;
        }
        String value = read(key);
        sizes.put(key, value == null ? 0 : key.length() + value.length());
        return value;
    }

    // A guest may catch the exception of a failed read and go on as if the key were absent: remember the failure so
    // that the invocation cannot save what it computed from it.
    private @Nullable String read(String key) {
        try {
            return store.get(scope, key).orElse(null);
        } catch (RuntimeException e) {
            readFailure = e;
            throw e;
        }
    }

    /** Why this key is refused, or null. */
    @Nullable
    String checkKey(String key) {
        if (key.isEmpty()) {
            return "kv keys must not be empty";
        }
        if (key.length() > keyLimit) {
            return "kv key of " + key.length() + " chars is over the limit of " + keyLimit;
        }
        return null;
    }

    long keyLimit() {
        return keyLimit;
    }

    long valueLimit() {
        return valueLimit;
    }

    long totalLimit() {
        return totalLimit;
    }

    /** The total the scope would have with this write; null deletes. */
    long totalWith(String key, @Nullable String json) {
        long before = sizeOf(key);
        long after = json == null ? 0 : key.length() + json.length();
        return stagedTotal - before + after;
    }

    /** Stages a write that was checked; null deletes. {@code newTotal} is what {@link #totalWith} answered for it. */
    void stage(String key, @Nullable String json, long newTotal) {
        staged.put(key, json == null ? DELETED : json);
        stagedSizes.put(key, json == null ? 0 : key.length() + json.length());
        stagedTotal = newTotal;
    }

    private long sizeOf(String key) {
        Integer s = stagedSizes.get(key);
        if (s != null) {
            return s;
        }
        s = sizes.get(key);
        if (s == null) {
            String value = read(key);
            s = value == null ? 0 : key.length() + value.length();
            sizes.put(key, s);
        }
        return s;
    }

    /**
     * Writes the staged entries to the store in one atomic write.
     *
     * @throws RuntimeException whatever the store threw; the staged entries are then still staged, for {@link
     *     #discardAfterFailure}
     */
    void commit() {
        RuntimeException failed = readFailure;
        if (failed != null) {
            readFailure = null;
            throw failed;
        }
        if (staged.isEmpty()) {
            return;
        }
        store.write(scope, changes());
        sizes.putAll(stagedSizes);
        total = stagedTotal;
        staged.clear();
        stagedSizes.clear();
    }

    // Most invocations write one key: its changes are built without the maps that StateChanges would copy again.
    private StateChanges changes() {
        if (staged.size() == 1) {
            Map.Entry<String, String> e = staged.firstEntry();
            return e.getValue() == DELETED
                    ? new StateChanges(Map.of(), Set.of(e.getKey()))
                    : new StateChanges(Map.of(e.getKey(), e.getValue()), Set.of());
        }
        Map<String, String> puts = new HashMap<>();
        Set<String> deletes = new HashSet<>();
        for (Map.Entry<String, String> e : staged.entrySet()) {
            if (e.getValue() == DELETED) {
                deletes.add(e.getKey());
            } else {
                puts.put(e.getKey(), e.getValue());
            }
        }
        return new StateChanges(puts, deletes);
    }

    /** Drops the staged entries of an invocation that failed. */
    void discard() {
        readFailure = null;
        staged.clear();
        stagedSizes.clear();
        stagedTotal = total;
    }

    /**
     * Drops the staged entries after the store failed to write them, and forgets the cached sizes: the store
     * promised to apply none of them, but the next invocation reads the sizes again rather than trust that.
     */
    void discardAfterFailure() {
        discard();
        sizes.clear();
        try {
            total = store.size(scope);
        } catch (RuntimeException e) {
            // the store is down: keep the last total; the next write fails the same way
        }
        stagedTotal = total;
    }

    /** The keys the running invocation sees, sorted. */
    List<String> keys() {
        TreeSet<String> keys;
        try {
            keys = new TreeSet<>(store.keys(scope));
        } catch (RuntimeException e) {
            readFailure = e;
            throw e;
        }
        for (Map.Entry<String, String> e : staged.entrySet()) {
            if (e.getValue() == DELETED) {
                keys.remove(e.getKey());
            } else {
                keys.add(e.getKey());
            }
        }
        return new ArrayList<>(keys);
    }
}
