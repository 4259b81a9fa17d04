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
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Room#submit}: a room's handle takes its own events as the runtime's submit does, without the look-up. */
class RoomSubmitTest {

    @Test
    void aRoomHandleRunsItsEventsThroughTheChainInOrderWithTheRuntimesOwn() throws Exception {
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(2).build()) {
            Room room = runtime.openRoom(RoomId.of("r"));
            List<String> seen = new CopyOnWriteArrayList<>();
            room.install(HandlerSpec.of("filter", (m, ctx) -> {
                        String body = ((ChatMessage) m.payload()).body();
                        seen.add(body);
                        return body.contains("spam") ? Verdict.reject("spam") : Verdict.pass();
                    })
                    .on(Subscription.to("chat.message")));

            CompletableFuture<Outcome> first =
                    room.submit(chat("r", "a", "one")).toCompletableFuture();
            CompletableFuture<Outcome> second =
                    runtime.submit(chat("r", "a", "two spam")).toCompletableFuture();
            CompletableFuture<Outcome> third =
                    room.submit(chat("r", "b", "three")).toCompletableFuture();

            assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(Outcome.Status.DELIVERED);
            Outcome rejected = second.get(10, TimeUnit.SECONDS);
            assertThat(rejected.status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(rejected.reason()).isEqualTo("spam");
            assertThat(third.get(10, TimeUnit.SECONDS).status()).isEqualTo(Outcome.Status.DELIVERED);
            assertThat(seen).containsExactly("one", "two spam", "three");
            assertThat(runtime.metrics().rooms().get(RoomId.of("r")).accepted()).isEqualTo(3);
        }
    }

    @Test
    void anEqualIdThatIsAnotherInstanceIsThisRoom() {
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(1).build()) {
            Room room = runtime.openRoom(RoomId.of("lobby"));
            Message m = Message.of(
                    BuiltinTypes.CHAT_MESSAGE,
                    new RoomId("lob" + "by".trim()),
                    User.viewer("a"),
                    new ChatMessage("hi"));

            Outcome outcome = room.submit(m).toCompletableFuture().join();

            assertThat(outcome.delivered()).isTrue();
        }
    }

    @Test
    void aMessageForAnotherRoomIsRefusedNamingBothRoomsAndNothingIsQueued() {
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(1).build()) {
            Room room = runtime.openRoom(RoomId.of("here"));
            Message elsewhere = tip("there", "a", 5);

            assertThatThrownBy(() -> room.submit(elsewhere))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("room")
                    .hasMessageContaining("there")
                    .hasMessageContaining("here")
                    .hasMessageContaining(elsewhere.id());
            assertThat(room.queueDepth()).isZero();
            assertThat(runtime.room(RoomId.of("there"))).isEmpty();
        }
    }

    @Test
    void aPayloadThatDoesNotFitIsRefusedAsTheRuntimeRefusesIt() {
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(1).build()) {
            Room room = runtime.openRoom(RoomId.of("r"));
            Message tooLong = Message.of(
                    BuiltinTypes.CHAT_MESSAGE, RoomId.of("r"), User.viewer("a"), new ChatMessage("x".repeat(5000)));

            assertThatThrownBy(() -> room.submit(tooLong))
                    .isInstanceOf(MessageFormatException.class)
                    .hasMessageContaining("payload.body");
            assertThatThrownBy(() -> runtime.submit(tooLong))
                    .isInstanceOf(MessageFormatException.class)
                    .hasMessageContaining("payload.body");
            assertThat(room.queueDepth()).isZero();
        }
    }

    @Test
    void aClosedHandleAnswersClosedAndDoesNotOpenTheRoomAgain() throws Exception {
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(1).build()) {
            Room room = runtime.openRoom(RoomId.of("r"));
            room.close().toCompletableFuture().get(10, TimeUnit.SECONDS);

            Outcome outcome =
                    room.submit(chat("r", "a", "late")).toCompletableFuture().join();

            assertThat(outcome.status()).isEqualTo(Outcome.Status.CLOSED);
            assertThat(runtime.room(RoomId.of("r"))).isEmpty();
            Outcome reopened = runtime.openRoom(RoomId.of("r"))
                    .submit(chat("r", "a", "again"))
                    .toCompletableFuture()
                    .join();
            assertThat(reopened.delivered()).isTrue();
        }
    }
}
