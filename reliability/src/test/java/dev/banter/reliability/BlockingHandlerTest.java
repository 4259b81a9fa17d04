package dev.banter.reliability;

import static dev.banter.reliability.Rig.await;
import static dev.banter.reliability.Rig.clean;
import static dev.banter.reliability.Rig.tip;
import static dev.banter.reliability.SinkFaultsTest.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.types.BuiltinTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A host's Java handler blocks its lane (ADR 0001: Java handlers are the host's own code and get no deadline): the
 * rooms of that lane wait, every other lane goes on, the stall shows in metrics, and nothing is lost or doubled.
 */
class BlockingHandlerTest {

    private final Rig rig = new Rig();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger entered = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> seen = new ConcurrentHashMap<>();

    @AfterEach
    void close() {
        gate.countDown();
        rig.close();
    }

    @Test
    void handle_blocking_holdsItsLaneOnly_andEveryTipRunsOnceAfterIt() {
        rig.a.install(HandlerSpec.of("blocker", (m, ctx) -> {
                    seen.merge(
                            m.room().value() + "/" + m.payload(BuiltinTypes.TIP).note(), 1, Integer::sum);
                    if (entered.getAndIncrement() == 0) {
                        gate.await();
                    }
                    return Verdict.pass();
                })
                .on(Subscription.to("tip"))
                .observe());
        rig.counter(rig.a2, rig.store);
        rig.counter(rig.b, rig.store);

        CompletableFuture<Outcome> blocked = rig.submit(tip(rig.a, 1));
        awaitTrue(() -> entered.get() == 1);
        List<CompletableFuture<Outcome>> queued = new ArrayList<>();
        for (long id = 2; id <= 50; id++) {
            queued.add(rig.submit(tip(rig.a, id)));
            queued.add(rig.submit(tip(rig.a2, id)));
        }
        for (long id = 1; id <= 50; id++) {
            assertThat(clean(rig.send(tip(rig.b, id)))).isTrue();
        }
        assertThat(blocked).isNotDone();
        assertThat(queued).noneMatch(CompletableFuture::isDone);
        var snapshot = rig.runtime.metrics();
        assertThat(snapshot.rooms()).containsKey(rig.b.id()).doesNotContainKey(rig.a.id());
        assertThat(rig.a.queueDepth()).isEqualTo(50);

        gate.countDown();
        assertThat(clean(await(blocked))).isTrue();
        queued.forEach(f -> assertThat(clean(await(f))).isTrue());
        assertThat(seen).hasSize(50).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(1));
        assertThat(rig.kv(rig.a2, "count")).isEqualTo("49");
        assertThat(rig.kv(rig.b, "count")).isEqualTo("50");
        assertThat(rig.metrics(rig.a).delivered()).isEqualTo(50);
        assertThat(rig.metrics(rig.a).maxQueueDepth()).isGreaterThanOrEqualTo(49);
    }
}
