package dev.banter.kafka.streams;

import dev.banter.api.spi.StateChanges;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.StateStoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Banter's {@link StateStore} over one Kafka Streams key-value store: the store of the stream task that owns the
 * rooms, changelogged, so that a room's state moves with its partition.
 *
 * <p>A scope's keys live under one prefix that spells out the owner and the room with their lengths ({@code
 * <owner length>:<owner><room length>:<room>:<key>}), so no two scopes share a prefix and a prefix scan finds exactly
 * one scope.
 *
 * <p><b>Durability and atomicity</b> are those of the task: a change is in the store when a method returns and
 * reaches the changelog in the task's transaction, with the outputs of the same record. Under {@code
 * exactly_once_v2} a {@link #write} is committed with the outcome and the actions that depend on it, or aborted with
 * them; after a crash the new owner restores the store from the committed changelog, so a reader sees a scope as it
 * was before or after a record, never in between.
 *
 * <p><b>Threading.</b> Kafka Streams stores belong to their stream thread. {@link BanterStreams} calls this store only
 * from the task's lane while the stream thread waits for that lane inside {@code process} or {@code punctuate}, so
 * calls never overlap with the stream thread's own; the hand-over through the lane's queue and the outcome's future
 * orders them. A host using this class elsewhere must keep that rule.
 *
 * @since 0.3
 */
public final class KafkaStateStore implements StateStore {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, String> store;
    private volatile boolean closed;

    private KafkaStateStore(KeyValueStore<String, String> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** A Banter store over {@code store}; closing it leaves {@code store} open (it is the task's). */
    public static KafkaStateStore over(KeyValueStore<String, String> store) {
        return new KafkaStateStore(store);
    }

    /** The store key of {@code key} in {@code scope}. */
    static String storeKey(StateScope scope, String key) {
        return prefix(scope) + key;
    }

    static String prefix(StateScope scope) {
        String room = scope.room().value();
        return scope.owner().length() + ":" + scope.owner() + room.length() + ":" + room + ":";
    }

    @Override
    public Optional<String> get(StateScope scope, String key) {
        checkOpen();
        try {
            return Optional.ofNullable(store.get(storeKey(scope, key)));
        } catch (StreamsException e) {
            throw failure("read", scope, e);
        }
    }

    @Override
    public void put(StateScope scope, String key, String json) {
        checkOpen();
        Objects.requireNonNull(json, "json");
        try {
            store.put(storeKey(scope, key), json);
        } catch (StreamsException e) {
            throw failure("write", scope, e);
        }
    }

    @Override
    public boolean delete(StateScope scope, String key) {
        checkOpen();
        try {
            return store.delete(storeKey(scope, key)) != null;
        } catch (StreamsException e) {
            throw failure("write", scope, e);
        }
    }

    @Override
    public void write(StateScope scope, StateChanges changes) {
        checkOpen();
        if (changes.isEmpty()) {
            return;
        }
        List<KeyValue<String, String>> batch =
                new ArrayList<>(changes.puts().size() + changes.deletes().size());
        for (Map.Entry<String, String> e : changes.puts().entrySet()) {
            batch.add(KeyValue.pair(storeKey(scope, e.getKey()), e.getValue()));
        }
        for (String key : changes.deletes()) {
            batch.add(KeyValue.pair(storeKey(scope, key), null)); // a null value deletes
        }
        try {
            store.putAll(batch);
        } catch (StreamsException e) {
            throw failure("write", scope, e);
        }
    }

    @Override
    public List<String> keys(StateScope scope) {
        checkOpen();
        List<String> keys = new ArrayList<>();
        scan(scope, (key, value) -> keys.add(key));
        keys.sort(String::compareTo); // the store orders UTF-8 bytes, the contract orders chars
        return keys;
    }

    @Override
    public long size(StateScope scope) {
        checkOpen();
        long[] total = {0};
        scan(scope, (key, value) -> total[0] += key.length() + value.length());
        return total[0];
    }

    @Override
    public void clear(StateScope scope) {
        checkOpen();
        List<KeyValue<String, String>> batch = new ArrayList<>();
        String prefix = prefix(scope);
        scan(scope, (key, value) -> batch.add(KeyValue.pair(prefix + key, null)));
        try {
            store.putAll(batch);
        } catch (StreamsException e) {
            throw failure("write", scope, e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    private interface Visitor {
        void visit(String key, String value);
    }

    private void scan(StateScope scope, Visitor visitor) {
        String prefix = prefix(scope);
        try (KeyValueIterator<String, String> it = store.prefixScan(prefix, KEYS)) {
            while (it.hasNext()) {
                KeyValue<String, String> entry = it.next();
                visitor.visit(entry.key.substring(prefix.length()), entry.value);
            }
        } catch (StreamsException e) {
            throw failure("read", scope, e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the Kafka state store over '" + store.name() + "' is closed");
        }
    }

    private StateStoreException failure(String what, StateScope scope, Exception cause) {
        return new StateStoreException(
                "Kafka Streams store '" + store.name() + "' could not " + what + " scope " + scope.owner() + "/"
                        + scope.room().value() + ": " + cause.getMessage(),
                cause);
    }
}
