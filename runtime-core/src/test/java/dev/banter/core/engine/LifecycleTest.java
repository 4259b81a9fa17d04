package dev.banter.core.engine;

import static dev.banter.core.engine.Msgs.chat;
import static dev.banter.core.engine.Msgs.tip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.PayloadSchema;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void closeRoom_processesEveryAcceptedEvent_thenRefusesNewOnes() throws Exception {
        AtomicInteger handled = new AtomicInteger();
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(2).build()) {
            Room room = runtime.openRoom(RoomId.of("r"));
            room.install(HandlerSpec.of("slowish", (m, ctx) -> {
                Thread.sleep(0, 100_000);
                handled.incrementAndGet();
                return Verdict.pass();
            }));
            List<CompletableFuture<Outcome>> accepted = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                accepted.add(runtime.submit(chat("r", "a", "m" + i)).toCompletableFuture());
            }
            CompletableFuture<Void> closed = room.close().toCompletableFuture();
            Outcome late =
                    runtime.submit(chat("r", "a", "late")).toCompletableFuture().join();

            closed.get(30, TimeUnit.SECONDS);
            assertThat(late.status()).isIn(Outcome.Status.CLOSED, Outcome.Status.DELIVERED);
            if (late.status() == Outcome.Status.CLOSED) {
                assertThat(late.reason()).contains("closing");
            }
            assertThat(accepted)
                    .allSatisfy(f -> assertThat(f.join().delivered()).isTrue());
            assertThat(handled.get()).isEqualTo(300);
            assertThat(room.isOpen()).isFalse();
            assertThatThrownBy(() -> room.install(HandlerSpec.of("x", (m, ctx) -> Verdict.pass())))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closeRuntime_losesNoAcceptedEvent() throws Exception {
        AtomicInteger tips = new AtomicInteger();
        List<CompletableFuture<Outcome>> accepted = new ArrayList<>();
        BanterRuntime runtime = BanterRuntime.newBuilder()
                .lanes(2)
                .observer(HandlerSpec.of("count", (m, ctx) -> {
                            tips.incrementAndGet();
                            return Verdict.pass();
                        })
                        .on(Subscription.to("tip"))
                        .observe())
                .build();
        for (int i = 0; i < 5_000; i++) {
            accepted.add(runtime.submit(tip("room-" + (i % 50), "fan", 1)).toCompletableFuture());
        }
        runtime.close();

        assertThat(accepted).allSatisfy(f -> {
            assertThat(f).isDone();
            assertThat(f.join().delivered()).isTrue();
        });
        assertThat(tips.get()).isEqualTo(5_000);
        Outcome after =
                runtime.submit(tip("room-1", "fan", 1)).toCompletableFuture().join();
        assertThat(after.status()).isEqualTo(Outcome.Status.CLOSED);
        assertThatThrownBy(() -> runtime.openRoom(RoomId.of("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        runtime.close(); // idempotent
    }

    @Test
    void closedRoom_reopensFreshOnTheNextSubmit() throws Exception {
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(1).build()) {
            Room first = runtime.openRoom(RoomId.of("r"));
            first.install(HandlerSpec.of("old", (m, ctx) -> Verdict.reject("old chain")));
            first.close().toCompletableFuture().get(10, TimeUnit.SECONDS);

            Outcome outcome =
                    runtime.submit(chat("r", "a", "hi")).toCompletableFuture().join();

            assertThat(outcome.delivered()).isTrue();
            assertThat(runtime.room(RoomId.of("r")).orElseThrow()).isNotSameAs(first);
        }
    }

    @Test
    void submit_refusesTypesFromAnotherRegistryAndPayloadsThatDoNotFit() {
        record Wave(String emoji) implements dev.banter.api.message.Payload {}
        MessageType<Wave> wave = MessageType.of(
                "host.wave",
                PayloadSchema.of(
                        Wave.class,
                        List.of(dev.banter.api.message.FieldSpec.string("emoji", 1, 8)),
                        v -> new Wave((String) v[0]),
                        w -> new Object[] {w.emoji()}),
                dev.banter.api.message.Flow.OBSERVE,
                dev.banter.api.message.Delivery.BEST_EFFORT);
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(1).build()) {
            Message unknown = Message.of(wave, RoomId.of("r"), User.viewer("a"), new Wave("👋"));
            assertThatThrownBy(() -> runtime.submit(unknown))
                    .isInstanceOf(MessageFormatException.class)
                    .hasMessageContaining("host.wave");
            Message tooLong = Message.of(
                    BuiltinTypes.CHAT_MESSAGE, RoomId.of("r"), User.viewer("a"), new ChatMessage("x".repeat(5000)));
            assertThatThrownBy(() -> runtime.submit(tooLong))
                    .isInstanceOf(MessageFormatException.class)
                    .hasMessageContaining("payload.body");
        }
        try (BanterRuntime runtime =
                BanterRuntime.newBuilder().lanes(1).registerType(wave).build()) {
            CountDownLatch seen = new CountDownLatch(1);
            runtime.openRoom(RoomId.of("r"))
                    .install(HandlerSpec.of("waves", (m, ctx) -> {
                                seen.countDown();
                                return Verdict.pass();
                            })
                            .on(Subscription.to("host.wave"))
                            .observe());
            Outcome outcome = runtime.submit(Message.of(wave, RoomId.of("r"), User.viewer("a"), new Wave("👋")))
                    .toCompletableFuture()
                    .join();
            assertThat(outcome.delivered()).isTrue();
            assertThat(seen.getCount()).isZero();
            assertThat(runtime.types().find("host.wave")).isPresent();
        }
    }
}
