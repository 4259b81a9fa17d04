package dev.banter.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import dev.banter.tck.StateStoreVerification;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The TCK's store rules, on a Kafka Streams in-memory key-value store, and what is particular to it. */
class KafkaStateStoreTest extends StateStoreVerification {

    private final StateScope scope = new StateScope("tipgoal", RoomId.of("lobby"));

    private KeyValueStore<String, String> kv;

    @Override
    protected StateStore newStore() {
        kv = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("banter-state"), Serdes.String(), Serdes.String())
                .withLoggingDisabled()
                .build();
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        kv.init(context.getStateStoreContext(), kv);
        return KafkaStateStore.over(kv);
    }

    @Override
    protected StateStore reopen(StateStore store) {
        store.close();
        return KafkaStateStore.over(kv); // the task's store outlives the Banter view of it
    }

    @Test
    void scopes_whoseNamesRunTogether_doNotShareKeys() {
        StateScope a = new StateScope("ab", RoomId.of("c"));
        StateScope b = new StateScope("a", RoomId.of("bc"));
        StateStore store = newStore();
        store.put(a, "k", "1");
        store.put(b, "k", "2");

        assertThat(store.keys(a)).containsExactly("k");
        assertThat(store.get(b, "k")).contains("2");
        assertThat(KafkaStateStore.prefix(a)).isNotEqualTo(KafkaStateStore.prefix(b));
    }

    @Test
    void close_leavesTheTaskStoreOpen() {
        StateStore store = newStore();
        store.put(scope, "k", "1");
        store.close();

        assertThat(kv.isOpen()).isTrue();
        assertThat(kv.get(KafkaStateStore.storeKey(scope, "k"))).isEqualTo("1");
    }
}
