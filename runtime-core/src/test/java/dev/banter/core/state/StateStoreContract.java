package dev.banter.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateChanges;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StateStore} must do, run against each implementation: extend it and implement {@link #newStore}.
 * A durable store also implements {@link #reopen}; the durability tests are skipped for one that returns null.
 */
public abstract class StateStoreContract {

    private static final AtomicInteger OWNERS = new AtomicInteger();

    protected final StateScope scope = new StateScope("tipgoal", RoomId.of("lobby"));
    protected final StateScope otherRoom = new StateScope("tipgoal", RoomId.of("arcade"));
    protected final StateScope otherOwner = new StateScope("dice", RoomId.of("lobby"));

    protected StateStore store;
    private @Nullable StateStore propertyStore;

    /** A new, empty store. */
    protected abstract StateStore newStore() throws Exception;

    /**
     * Closes {@code store} and opens the same storage again, or returns null for a store that keeps nothing past its
     * close (and then the durability tests are skipped).
     */
    protected @Nullable StateStore reopen(StateStore store) throws Exception {
        return null;
    }

    @BeforeEach
    void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void get_absentKey_isEmpty() {
        assertThat(store.get(scope, "missing")).isEmpty();
        assertThat(store.keys(scope)).isEmpty();
        assertThat(store.size(scope)).isZero();
    }

    @Test
    void put_thenGet_returnsTheLatestValue() {
        store.put(scope, "total", "10");
        store.put(scope, "total", "25");

        assertThat(store.get(scope, "total")).contains("25");
    }

    @Test
    void delete_reportsWhetherTheKeyWasPresent() {
        store.put(scope, "total", "10");

        assertThat(store.delete(scope, "total")).isTrue();
        assertThat(store.delete(scope, "total")).isFalse();
        assertThat(store.get(scope, "total")).isEmpty();
    }

    @Test
    void keys_areInLexicographicOrder() {
        for (String key : List.of("b", "a", "ab", "B", "é", "a0", "z")) {
            store.put(scope, key, "1");
        }

        assertThat(store.keys(scope)).containsExactly("B", "a", "a0", "ab", "b", "z", "é");
    }

    @Test
    void size_countsTheCharsOfKeysAndValues() {
        store.put(scope, "total", "125");
        store.put(scope, "top", "\"alice\"");
        store.put(scope, "total", "1250");
        store.delete(scope, "top");
        store.put(scope, "n", "1");

        assertThat(store.size(scope)).isEqualTo("total".length() + "1250".length() + 2);
    }

    @Test
    void clear_removesEveryKeyOfThatScopeOnly() {
        store.put(scope, "a", "1");
        store.put(scope, "b", "2");
        store.put(otherRoom, "a", "3");

        store.clear(scope);

        assertThat(store.keys(scope)).isEmpty();
        assertThat(store.size(scope)).isZero();
        assertThat(store.get(otherRoom, "a")).contains("3");
    }

    @Test
    void write_appliesPutsAndDeletesTogether() {
        store.put(scope, "pending", "[1]");
        store.put(scope, "total", "1");

        store.write(scope, new StateChanges(Map.of("total", "2", "last", "\"bob\""), Set.of("pending", "absent")));

        assertThat(store.keys(scope)).containsExactly("last", "total");
        assertThat(store.get(scope, "total")).contains("2");
        assertThat(store.size(scope)).isEqualTo("last".length() + 5 + "total".length() + 1);
    }

    @Test
    void write_withNoChanges_changesNothing() {
        store.put(scope, "a", "1");

        store.write(scope, StateChanges.none());

        assertThat(store.keys(scope)).containsExactly("a");
    }

    @Test
    void scopes_areIsolated() {
        store.put(scope, "k", "1");
        store.put(otherRoom, "k", "2");
        store.put(otherOwner, "k", "3");

        assertThat(store.get(scope, "k")).contains("1");
        assertThat(store.get(otherRoom, "k")).contains("2");
        assertThat(store.get(otherOwner, "k")).contains("3");
        assertThat(store.delete(otherRoom, "k")).isTrue();
        assertThat(store.keys(scope)).containsExactly("k");
        assertThat(store.keys(otherOwner)).containsExactly("k");
    }

    @Test
    void scopes_writtenFromSeveralThreadsAtOnce_keepEveryWrite() throws Exception {
        int threads = 4;
        int writes = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                StateScope own = new StateScope("counter", RoomId.of("room" + t));
                done.add(pool.submit(() -> {
                    for (int i = 1; i <= writes; i++) {
                        store.write(own, new StateChanges(Map.of("n", Integer.toString(i), "k" + i, "1"), Set.of()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int t = 0; t < threads; t++) {
            StateScope own = new StateScope("counter", RoomId.of("room" + t));
            assertThat(store.get(own, "n")).contains(Integer.toString(writes));
            assertThat(store.keys(own)).hasSize(writes + 1);
        }
    }

    @Test
    void close_thenEveryCallFailsWithIllegalState() {
        store.put(scope, "a", "1");
        store.close();
        store.close();

        assertThatThrownBy(() -> store.get(scope, "a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.put(scope, "a", "2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.delete(scope, "a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.write(scope, StateChanges.none())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.keys(scope)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.size(scope)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.clear(scope)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reopen_keepsEveryWriteThatReturned() throws Exception {
        store.put(scope, "total", "125");
        store.write(otherRoom, new StateChanges(Map.of("a", "1", "b", "2"), Set.of()));
        store.put(scope, "gone", "1");
        store.delete(scope, "gone");
        store.put(otherOwner, "x", "1");
        store.clear(otherOwner);

        StateStore reopened = reopen(store);
        Assumptions.assumeTrue(reopened != null, "the store keeps nothing past its close: reopen() returns null");
        store = reopened;

        assertThat(store.keys(scope)).containsExactly("total");
        assertThat(store.get(scope, "total")).contains("125");
        assertThat(store.keys(otherRoom)).containsExactly("a", "b");
        assertThat(store.size(otherRoom)).isEqualTo(4);
        assertThat(store.keys(otherOwner)).isEmpty();
    }

    // ---------------------------------------------------------------- the model property

    /** One step of a random history. */
    sealed interface Op {
        void apply(StateStore store, StateScope scope, TreeMap<String, String> model);
    }

    record Put(String key, String value) implements Op {
        @Override
        public void apply(StateStore store, StateScope scope, TreeMap<String, String> model) {
            store.put(scope, key, value);
            model.put(key, value);
        }
    }

    record Delete(String key) implements Op {
        @Override
        public void apply(StateStore store, StateScope scope, TreeMap<String, String> model) {
            assertThat(store.delete(scope, key)).isEqualTo(model.remove(key) != null);
        }
    }

    record Write(Map<String, String> puts, Set<String> deletes) implements Op {
        @Override
        public void apply(StateStore store, StateScope scope, TreeMap<String, String> model) {
            store.write(scope, new StateChanges(puts, deletes));
            model.putAll(puts);
            deletes.forEach(model::remove);
        }
    }

    record Clear() implements Op {
        @Override
        public void apply(StateStore store, StateScope scope, TreeMap<String, String> model) {
            store.clear(scope);
            model.clear();
        }
    }

    @Property(tries = 60)
    void operations_leaveTheSameStateAsASortedMap(@ForAll("histories") List<Op> history) throws Exception {
        if (propertyStore == null) {
            propertyStore = newStore();
        }
        StateStore s = propertyStore;
        // a fresh scope per try; a neighbour scope must stay untouched
        StateScope own = new StateScope("model-" + OWNERS.incrementAndGet(), RoomId.of("lobby"));
        StateScope neighbour = new StateScope(own.owner(), RoomId.of("arcade"));
        s.put(neighbour, "a", "\"neighbour\"");
        TreeMap<String, String> model = new TreeMap<>();

        for (Op op : history) {
            op.apply(s, own, model);
            assertThat(s.keys(own)).containsExactlyElementsOf(model.keySet());
        }

        for (Map.Entry<String, String> e : model.entrySet()) {
            assertThat(s.get(own, e.getKey())).contains(e.getValue());
        }
        long size = 0;
        for (Map.Entry<String, String> e : model.entrySet()) {
            size += e.getKey().length() + e.getValue().length();
        }
        assertThat(s.size(own)).isEqualTo(size);
        assertThat(s.keys(neighbour)).containsExactly("a");
    }

    @AfterProperty
    void closePropertyStore() {
        if (propertyStore != null) {
            propertyStore.close();
            propertyStore = null;
        }
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        Arbitrary<String> keys = Arbitraries.of("a", "b", "ab", "B", "é", "a\u0000", "k/1", "zz");
        Arbitrary<String> values = Arbitraries.strings().ofMaxLength(12).map(v -> '"' + v + '"');
        Arbitrary<Op> put = Combinators.combine(keys, values).as(Put::new);
        Arbitrary<Op> delete = keys.map(Delete::new);
        Arbitrary<Op> write = Combinators.combine(
                        Arbitraries.maps(keys, values).ofMaxSize(4), keys.set().ofMaxSize(3))
                .as(StateStoreContract::write);
        Arbitrary<Op> clear = Arbitraries.just(new Clear());
        return Arbitraries.frequencyOf(Tuple.of(5, put), Tuple.of(3, delete), Tuple.of(3, write), Tuple.of(1, clear))
                .list()
                .ofMaxSize(20);
    }

    private static Op write(Map<String, String> puts, Set<String> deletes) {
        Set<String> net = new HashSet<>(deletes);
        net.removeAll(puts.keySet());
        return new Write(new HashMap<>(puts), net);
    }
}
