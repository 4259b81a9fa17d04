package dev.banter.tck;

import static dev.banter.tck.internal.Rules.check;
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
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks a {@link StateStore} against SPEC.md rules 9.1-9.11. A durable store also implements {@link #reopen}; rule
 * 9.10 is skipped for one that returns null.
 *
 * {@snippet :
 * class RedisStateStoreTest extends StateStoreVerification {
 *     @Override
 *     protected StateStore newStore() {
 *         return RedisStateStore.connect(testServer.uri(), "tck-" + UUID.randomUUID());
 *     }
 * }
 * }
 *
 * @since 0.4
 */
public abstract class StateStoreVerification {

    private static final StateScope SCOPE = new StateScope("tipgoal", RoomId.of("lobby"));
    private static final StateScope OTHER_ROOM = new StateScope("tipgoal", RoomId.of("arcade"));
    private static final StateScope OTHER_OWNER = new StateScope("dice", RoomId.of("lobby"));

    private StateStore store;

    /** The factory: a new, empty store. */
    protected abstract StateStore newStore() throws Exception;

    /**
     * An optional hook: closes {@code store} and opens the same storage again. Returns null (the default) for a store
     * that keeps nothing past its close; rule 9.10 is then skipped.
     */
    protected @Nullable StateStore reopen(StateStore store) throws Exception {
        return null;
    }

    /** The seed of the random histories of rule 9.11; override to replay a failure. */
    protected long seed() {
        return 42;
    }

    @BeforeEach
    void openStore() throws Exception {
        store = newStore();
        assertThat(store).as("newStore() returned null").isNotNull();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void required_spec9_1_getAnswersTheLatestPut() {
        assertThat(store.get(SCOPE, "missing"))
                .as(check("9.1", "get of an absent key"))
                .isEmpty();
        store.put(SCOPE, "total", "10");
        store.put(SCOPE, "total", "25");
        assertThat(store.get(SCOPE, "total"))
                .as(check("9.1", "get after put 10, put 25"))
                .contains("25");
    }

    @Test
    void required_spec9_2_deleteReportsPresence() {
        store.put(SCOPE, "total", "10");
        assertThat(store.delete(SCOPE, "total"))
                .as(check("9.2", "first delete"))
                .isTrue();
        assertThat(store.delete(SCOPE, "total"))
                .as(check("9.2", "second delete"))
                .isFalse();
        assertThat(store.get(SCOPE, "total"))
                .as(check("9.2", "get after delete"))
                .isEmpty();
    }

    @Test
    void required_spec9_3_keysAreInLexicographicOrder() {
        for (String key : List.of("b", "a", "ab", "B", "é", "a0", "z")) {
            store.put(SCOPE, key, "1");
        }
        assertThat(store.keys(SCOPE)).as(check("9.3", "keys")).containsExactly("B", "a", "a0", "ab", "b", "z", "é");
    }

    @Test
    void required_spec9_4_sizeCountsKeysAndValues() {
        assertThat(store.size(SCOPE)).as(check("9.4", "size of an empty scope")).isZero();
        store.put(SCOPE, "total", "125");
        store.put(SCOPE, "top", "\"alice\"");
        store.put(SCOPE, "total", "1250");
        store.delete(SCOPE, "top");
        store.put(SCOPE, "n", "1");
        assertThat(store.size(SCOPE))
                .as(check("9.4", "size of {total: 1250, n: 1}"))
                .isEqualTo("total".length() + "1250".length() + 2);
    }

    @Test
    void required_spec9_5_clearEmptiesOneScopeOnly() {
        store.put(SCOPE, "a", "1");
        store.put(SCOPE, "b", "2");
        store.put(OTHER_ROOM, "a", "3");
        store.clear(SCOPE);
        assertThat(store.keys(SCOPE)).as(check("9.5", "keys after clear")).isEmpty();
        assertThat(store.size(SCOPE)).as(check("9.5", "size after clear")).isZero();
        assertThat(store.get(OTHER_ROOM, "a"))
                .as(check("9.5", "another scope after clear"))
                .contains("3");
    }

    @Test
    void required_spec9_6_writeAppliesPutsAndDeletesTogether() {
        store.put(SCOPE, "pending", "[1]");
        store.put(SCOPE, "total", "1");
        store.write(SCOPE, new StateChanges(Map.of("total", "2", "last", "\"bob\""), Set.of("pending", "absent")));
        assertThat(store.keys(SCOPE)).as(check("9.6", "keys after write")).containsExactly("last", "total");
        assertThat(store.get(SCOPE, "total"))
                .as(check("9.6", "total after write"))
                .contains("2");
        store.write(SCOPE, StateChanges.none());
        assertThat(store.keys(SCOPE))
                .as(check("9.6", "keys after an empty write"))
                .containsExactly("last", "total");
    }

    @Test
    void required_spec9_7_scopesAreIsolated() {
        store.put(SCOPE, "k", "1");
        store.put(OTHER_ROOM, "k", "2");
        store.put(OTHER_OWNER, "k", "3");
        assertThat(store.get(SCOPE, "k")).as(check("9.7", "own scope")).contains("1");
        assertThat(store.get(OTHER_ROOM, "k"))
                .as(check("9.7", "same owner, other room"))
                .contains("2");
        assertThat(store.get(OTHER_OWNER, "k"))
                .as(check("9.7", "other owner, same room"))
                .contains("3");
        assertThat(store.delete(OTHER_ROOM, "k"))
                .as(check("9.7", "delete in the other room"))
                .isTrue();
        assertThat(store.keys(SCOPE)).as(check("9.7", "own keys after that")).containsExactly("k");
    }

    @Test
    void required_spec9_8_concurrentWritesToScopesAllTakeEffect() throws Exception {
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
            assertThat(store.get(own, "n"))
                    .as(check("9.8", "last write of room" + t))
                    .contains(Integer.toString(writes));
            assertThat(store.keys(own)).as(check("9.8", "keys of room" + t)).hasSize(writes + 1);
        }
    }

    @Test
    void required_spec9_9_closedStoreRefusesEveryCall() {
        store.put(SCOPE, "a", "1");
        store.close();
        store.close();
        List<Runnable> calls = List.of(
                () -> store.get(SCOPE, "a"),
                () -> store.put(SCOPE, "a", "2"),
                () -> store.delete(SCOPE, "a"),
                () -> store.write(SCOPE, StateChanges.none()),
                () -> store.keys(SCOPE),
                () -> store.size(SCOPE),
                () -> store.clear(SCOPE));
        List<String> names = List.of("get", "put", "delete", "write", "keys", "size", "clear");
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)::run)
                    .as(check("9.9", names.get(i) + " after close"))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void required_spec9_10_reopenKeepsEveryReturnedWrite() throws Exception {
        store.put(SCOPE, "total", "125");
        store.write(OTHER_ROOM, new StateChanges(Map.of("a", "1", "b", "2"), Set.of()));
        store.put(SCOPE, "gone", "1");
        store.delete(SCOPE, "gone");
        store.put(OTHER_OWNER, "x", "1");
        store.clear(OTHER_OWNER);

        StateStore reopened = reopen(store);
        Assumptions.assumeTrue(
                reopened != null, "the store keeps nothing past its close: override reopen() for a durable store");
        store = reopened;

        assertThat(store.keys(SCOPE)).as(check("9.10", "keys after reopen")).containsExactly("total");
        assertThat(store.get(SCOPE, "total"))
                .as(check("9.10", "value after reopen"))
                .contains("125");
        assertThat(store.keys(OTHER_ROOM))
                .as(check("9.10", "written keys after reopen"))
                .containsExactly("a", "b");
        assertThat(store.keys(OTHER_OWNER))
                .as(check("9.10", "cleared scope after reopen"))
                .isEmpty();
    }

    @Test
    void required_spec9_11_historiesMatchASortedMap() {
        Random random = new Random(seed());
        List<String> keys = List.of("a", "b", "ab", "B", "é", "a\u0000", "k/1", "zz");
        for (int history = 0; history < 60; history++) {
            StateScope own = new StateScope("model-" + history, RoomId.of("lobby"));
            StateScope neighbour = new StateScope(own.owner(), RoomId.of("arcade"));
            store.put(neighbour, "a", "\"neighbour\"");
            TreeMap<String, String> model = new TreeMap<>();
            List<String> steps = new ArrayList<>();
            int length = random.nextInt(21);
            for (int step = 0; step < length; step++) {
                steps.add(apply(random, keys, own, model));
                String where = "history " + history + " (seed " + seed() + ") after " + steps;
                assertThat(store.keys(own))
                        .as(check("9.11", "keys in " + where))
                        .containsExactlyElementsOf(model.keySet());
            }
            String where = "history " + history + " (seed " + seed() + ") " + steps;
            for (Map.Entry<String, String> e : model.entrySet()) {
                assertThat(store.get(own, e.getKey()))
                        .as(check("9.11", "value of " + e.getKey() + " in " + where))
                        .contains(e.getValue());
            }
            long size = 0;
            for (Map.Entry<String, String> e : model.entrySet()) {
                size += e.getKey().length() + e.getValue().length();
            }
            assertThat(store.size(own)).as(check("9.11", "size in " + where)).isEqualTo(size);
            assertThat(store.keys(neighbour))
                    .as(check("9.11", "the neighbour scope in " + where))
                    .containsExactly("a");
        }
    }

    /** One random step, applied to the store and to the model; answers what it did. */
    private String apply(Random random, List<String> keys, StateScope scope, TreeMap<String, String> model) {
        int kind = random.nextInt(12);
        String key = keys.get(random.nextInt(keys.size()));
        if (kind < 5) {
            String value = "\"" + random.nextInt(1000) + "\"";
            store.put(scope, key, value);
            model.put(key, value);
            return "put " + key + "=" + value;
        }
        if (kind < 8) {
            boolean present = model.remove(key) != null;
            assertThat(store.delete(scope, key))
                    .as(check("9.11", "delete " + key))
                    .isEqualTo(present);
            return "delete " + key;
        }
        if (kind < 11) {
            Map<String, String> puts = new HashMap<>();
            Set<String> deletes = new HashSet<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                puts.put(keys.get(random.nextInt(keys.size())), "\"w" + random.nextInt(100) + "\"");
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                deletes.add(keys.get(random.nextInt(keys.size())));
            }
            deletes.removeAll(puts.keySet());
            store.write(scope, new StateChanges(puts, deletes));
            model.putAll(puts);
            deletes.forEach(model::remove);
            return "write " + new TreeMap<>(puts) + " -" + deletes;
        }
        store.clear(scope);
        model.clear();
        return "clear";
    }
}
