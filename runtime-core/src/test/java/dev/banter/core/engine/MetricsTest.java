package dev.banter.core.engine;

import static dev.banter.core.engine.Msgs.chat;
import static dev.banter.core.engine.Msgs.tip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.metrics.HandlerMetrics;
import dev.banter.api.metrics.MetricsSnapshot;
import dev.banter.api.metrics.RoomMetrics;
import dev.banter.api.metrics.TypeMetrics;
import dev.banter.api.room.RoomId;
import dev.banter.api.types.BuiltinTypes;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void metrics_countPerRoomTypeAndHandlerAcrossLanes() {
        try (BanterRuntime runtime = BanterRuntime.newBuilder()
                .lanes(2)
                .preHandler(HandlerSpec.of("filter", (m, ctx) -> {
                    String body = m.payload(BuiltinTypes.CHAT_MESSAGE).body();
                    if (body.contains("bad")) {
                        return Verdict.reject("bad word");
                    }
                    if (body.contains("boom")) {
                        throw new IllegalStateException("boom");
                    }
                    return Verdict.pass();
                }))
                .observer(HandlerSpec.of("tips", (m, ctx) -> Verdict.pass())
                        .on(Subscription.to("tip"))
                        .observe())
                .build()) {
            CompletableFuture<?>[] all = new CompletableFuture<?>[40];
            for (int i = 0; i < 10; i++) {
                String room = "room-" + (i % 4);
                all[i * 4] = runtime.submit(chat(room, "a", "hello")).toCompletableFuture();
                all[i * 4 + 1] = runtime.submit(chat(room, "a", "bad thing")).toCompletableFuture();
                all[i * 4 + 2] = runtime.submit(chat(room, "a", "boom")).toCompletableFuture();
                all[i * 4 + 3] = runtime.submit(tip(room, "b", 50)).toCompletableFuture();
            }
            CompletableFuture.allOf(all).join();

            MetricsSnapshot snapshot = runtime.metrics();

            HandlerMetrics filter = snapshot.handlers().get("filter");
            assertThat(filter.invocations()).isEqualTo(30);
            assertThat(filter.passes()).isEqualTo(10);
            assertThat(filter.rejects()).isEqualTo(10);
            assertThat(filter.failures()).isEqualTo(10);
            assertThat(filter.latency().count()).isEqualTo(30);
            assertThat(filter.latency().max()).isPositive();
            assertThat(snapshot.handlers().get("tips").invocations()).isEqualTo(10);

            TypeMetrics chat = snapshot.types().get("chat.message");
            assertThat(chat.processed()).isEqualTo(30);
            assertThat(chat.delivered()).isEqualTo(20);
            assertThat(chat.rejected()).isEqualTo(10);
            assertThat(snapshot.types().get("tip").processed()).isEqualTo(10);

            assertThat(snapshot.rooms()).hasSize(4);
            long delivered = 0;
            for (RoomMetrics room : snapshot.rooms().values()) {
                assertThat(room.queueDepth()).isZero();
                assertThat(room.accepted()).isEqualTo(room.delivered() + room.rejected());
                delivered += room.delivered();
            }
            assertThat(delivered).isEqualTo(30);
            RoomMetrics room0 = snapshot.rooms().get(RoomId.of("room-0"));
            assertThat(room0.byType()).containsEntry("chat.message", 9L).containsEntry("tip", 3L);
            assertThat(room0.handlerFailures()).isEqualTo(3);
            assertThat(room0.latency().count()).isEqualTo(12);
        }
    }
}
