package dev.banter.reliability;

import static dev.banter.reliability.Rig.await;
import static dev.banter.reliability.Rig.clean;
import static dev.banter.reliability.Rig.tip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.handler.Outcome;
import dev.banter.api.spi.ActionEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The host's {@code ActionSink} throws, stalls or hangs (ADR 0004): actions are retried in order and delivered once
 * or given up on visibly, tips are counted once, and rooms on other lanes go on.
 */
class SinkFaultsTest {

    private final Rig rig = new Rig();

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void deliver_throwingTwice_retriesAndDeliversEveryActionOnceInOrder() {
        rig.counter(rig.a, rig.store);
        rig.sink.failNext(2);
        for (long id = 1; id <= 5; id++) {
            assertThat(clean(rig.send(tip(rig.a, id)))).isTrue();
        }
        awaitTrue(() -> rig.sink.delivered().size() == 5);

        assertThat(rig.sink.delivered()).extracting(ActionEnvelope::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(rig.sink.attempts()).hasSize(7);
        assertThat(rig.sink.undeliverable()).isEmpty();
        assertThat(rig.kv(rig.a, "count")).isEqualTo("5");
        assertThat(rig.metrics(rig.a).actionRetries()).isEqualTo(2);
        assertThat(rig.metrics(rig.a).actionsDelivered()).isEqualTo(5);
    }

    @Test
    void deliver_failingEveryAttempt_givesUpVisiblyAndGoesOnWithLaterActions() {
        rig.counter(rig.a, rig.store);
        rig.sink.failAlways();
        for (long id = 1; id <= 3; id++) {
            assertThat(clean(rig.send(tip(rig.a, id)))).isTrue();
        }
        awaitTrue(() -> rig.sink.undeliverable().size() == 3);
        rig.sink.heal();
        assertThat(clean(rig.send(tip(rig.a, 4)))).isTrue();
        awaitTrue(() -> rig.sink.delivered().size() == 1);

        assertThat(rig.sink.undeliverable())
                .extracting(ActionEnvelope::sequence)
                .containsExactly(1L, 2L, 3L);
        assertThat(rig.sink.delivered()).extracting(ActionEnvelope::sequence).containsExactly(4L);
        // 4 attempts each for the first three; the tips themselves were counted, once each
        assertThat(rig.sink.attempts()).hasSize(13);
        assertThat(rig.kv(rig.a, "count")).isEqualTo("4");
        assertThat(rig.metrics(rig.a).actionsUndeliverable()).isEqualTo(3);
        assertThat(rig.metrics(rig.a).actionRetries()).isEqualTo(9);
    }

    @Test
    void deliver_stalling_slowsItsRoomButLosesNothing() {
        rig.counter(rig.a, rig.store);
        rig.counter(rig.b, rig.store);
        rig.sink.stall(Duration.ofMillis(50));
        List<CompletableFuture<Outcome>> outs = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            outs.add(rig.submit(tip(rig.a, id)));
            outs.add(rig.submit(tip(rig.b, id)));
        }
        outs.forEach(f -> assertThat(clean(await(f))).isTrue());
        awaitTrue(() -> rig.sink.delivered().size() == 20);

        assertThat(rig.kv(rig.a, "count")).isEqualTo("10");
        assertThat(rig.kv(rig.b, "count")).isEqualTo("10");
        assertThat(sequences(rig.sink.delivered(), rig.a.id().value()))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void deliver_hanging_holdsItsLaneOnly_visiblyInMetrics_andCatchesUpOnRelease() {
        rig.counter(rig.a, rig.store);
        rig.counter(rig.a2, rig.store);
        rig.sink.hang();
        CompletableFuture<Outcome> first = rig.submit(tip(rig.a, 1));
        awaitTrue(() -> rig.sink.attempts().size() == 1); // the lane of a is now inside the sink
        List<CompletableFuture<Outcome>> waiting = new ArrayList<>();
        for (long id = 2; id <= 6; id++) {
            waiting.add(rig.submit(tip(rig.a, id)));
            waiting.add(rig.submit(tip(rig.a2, id)));
        }
        // room b, on the other lane, goes on (its handler emits nothing, so it never meets the sink)
        for (int i = 0; i < 20; i++) {
            assertThat(rig.send(Rig.chat(rig.b, "still here " + i)).delivered()).isTrue();
        }
        assertThat(first).isNotDone();
        assertThat(waiting).noneMatch(CompletableFuture::isDone);
        // a lane stuck in a sink answers no snapshot: its rooms are missing, which is how a host sees it (ADR 0005)
        var snapshot = rig.runtime.metrics();
        assertThat(snapshot.rooms()).containsKey(rig.b.id()).doesNotContainKeys(rig.a.id(), rig.a2.id());
        assertThat(snapshot.rooms().get(rig.b.id()).delivered()).isEqualTo(20);

        rig.sink.release();
        assertThat(clean(await(first))).isTrue();
        waiting.forEach(f -> assertThat(clean(await(f))).isTrue());
        awaitTrue(() -> rig.sink.delivered().size() == 11);
        assertThat(rig.kv(rig.a, "count")).isEqualTo("6");
        assertThat(rig.kv(rig.a2, "count")).isEqualTo("5");
        assertThat(sequences(rig.sink.delivered(), rig.a.id().value())).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(rig.metrics(rig.a).accepted()).isEqualTo(6);
    }

    private static List<Long> sequences(List<ActionEnvelope> delivered, String room) {
        return delivered.stream()
                .filter(e -> e.room().value().equals(room))
                .map(ActionEnvelope::sequence)
                .toList();
    }

    /** Waits up to 20 s for a condition the lanes make true. */
    static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
