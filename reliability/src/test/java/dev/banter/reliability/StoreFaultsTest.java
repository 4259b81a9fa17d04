package dev.banter.reliability;

import static dev.banter.reliability.Rig.clean;
import static dev.banter.reliability.Rig.failures;
import static dev.banter.reliability.Rig.tip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code StateStore} is slow, fails, or reports a full disk (ADR 0008): a failed invocation says so in its trace
 * ({@code STATE_FAILURE}), its writes and actions are discarded, and a host that submits the tip again after the store
 * recovers gets it counted exactly once. A tip that fails is never acknowledged as counted.
 */
class StoreFaultsTest {

    private final Rig rig = new Rig();
    private final FaultyStore otherStore = new FaultyStore(new dev.banter.core.state.InMemoryStateStore());

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void write_slow_delaysItsRoomButEveryTipIsCountedOnce() {
        rig.counter(rig.a, rig.store);
        rig.counter(rig.b, otherStore);
        rig.store.slow(Duration.ofMillis(20));
        List<CompletableFuture<Outcome>> outs = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            outs.add(rig.submit(tip(rig.a, id)));
            outs.add(rig.submit(tip(rig.b, id)));
        }
        outs.forEach(f -> assertThat(clean(Rig.await(f))).isTrue());
        assertThat(rig.kv(rig.a, "count")).isEqualTo("10");
        assertThat(otherStore.get(new dev.banter.api.spi.StateScope(Rig.COUNTER_ID, rig.b.id()), "count"))
                .contains("10");
    }

    @Test
    void write_failing_failsTheInvocationVisibly_andARetryAfterRecoveryCountsOnce() {
        assertFailureThenRecovery(rig.store::fail, "store unreachable");
    }

    @Test
    void write_diskFull_failsTheInvocationVisibly_andARetryAfterRecoveryCountsOnce() {
        assertFailureThenRecovery(rig.store::diskFull, "No space left on device");
    }

    private void assertFailureThenRecovery(Runnable fault, String cause) {
        rig.counter(rig.a, rig.store);
        rig.counter(rig.b, otherStore);
        assertThat(clean(rig.send(tip(rig.a, 1)))).isTrue();
        fault.run();
        List<Message> unacknowledged = new ArrayList<>();
        for (long id = 2; id <= 6; id++) {
            Message m = tip(rig.a, id);
            Outcome out = rig.send(m);
            // the tip is delivered to the host (fail-open), but the counter's step failed: not acknowledged as counted
            assertThat(out.delivered()).isTrue();
            assertThat(failures(out)).singleElement().asString().contains(cause);
            unacknowledged.add(m);
            // the other room, on another store, goes on
            assertThat(clean(rig.send(tip(rig.b, id)))).isTrue();
        }
        assertThat(rig.metrics(rig.a).handlerFailures()).isEqualTo(5);
        assertThat(rig.sink.delivered()).noneMatch(e -> e.room().equals(rig.a.id()) && e.sequence() > 1);

        rig.store.heal();
        assertThat(rig.kv(rig.a, "count"))
                .as("nothing of the failed calls was written")
                .isEqualTo("1");
        for (Message m : unacknowledged) {
            assertThat(clean(rig.send(m))).isTrue();
            assertThat(clean(rig.send(m))).as("a duplicate resubmission").isTrue();
        }
        assertThat(rig.kv(rig.a, "count")).isEqualTo("6");
        long total = 0;
        for (long id = 1; id <= 6; id++) {
            total += Rig.amount(id);
        }
        assertThat(rig.kv(rig.a, "total")).isEqualTo(Long.toString(total));
        assertThat(rig.store.refused()).isGreaterThanOrEqualTo(5);
    }
}
