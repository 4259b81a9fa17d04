package dev.banter.core.engine;

import static dev.banter.core.engine.Msgs.body;
import static dev.banter.core.engine.Msgs.chat;
import static dev.banter.core.engine.Msgs.tip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Slot;
import dev.banter.api.handler.Stage;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.Verdict;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChainTest {

    private final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
    private BanterRuntime runtime;

    private HandlerSpec recording(String id, Verdict verdict) {
        return HandlerSpec.of(id, (m, ctx) -> {
            calls.add(id);
            return verdict;
        });
    }

    private Outcome send(Message m) {
        return runtime.submit(m).toCompletableFuture().join();
    }

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void chain_runsHostPreThenAppThenBotsInInstallOrderThenHostPost() {
        runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .preHandler(recording("pre", Verdict.pass()))
                .postHandler(recording("post", Verdict.pass()))
                .observer(recording("host-observer", Verdict.pass()).observe())
                .build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("bot-a", Verdict.pass()));
        room.install(recording("app", Verdict.pass()).inSlot(Slot.APP));
        room.install(recording("bot-b", Verdict.pass()));
        room.install(recording("room-observer", Verdict.pass()).observe());

        Outcome outcome = send(chat("r", "alice", "hi"));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(List.copyOf(calls))
                .containsExactly("pre", "app", "bot-a", "bot-b", "post", "host-observer", "room-observer");
        assertThat(outcome.trace())
                .extracting(TraceEntry::handlerId)
                .containsExactly("pre", "app", "bot-a", "bot-b", "post", "host-observer", "room-observer");
        assertThat(outcome.trace())
                .extracting(TraceEntry::stage)
                .containsExactly(
                        Stage.INTERCEPT,
                        Stage.INTERCEPT,
                        Stage.INTERCEPT,
                        Stage.INTERCEPT,
                        Stage.INTERCEPT,
                        Stage.OBSERVE,
                        Stage.OBSERVE);
        assertThat(room.handlers())
                .extracting(HandlerSpec::id)
                .containsExactly("app", "bot-a", "bot-b", "room-observer");
    }

    @Test
    void modify_isSeenByLaterHandlersAndDelivered() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(HandlerSpec.of("upper", (m, ctx) -> Verdict.modify(new ChatMessage(body(m).toUpperCase()))));
        room.install(HandlerSpec.of("check", (m, ctx) -> {
            calls.add(body(m));
            return Verdict.pass();
        }));

        Outcome outcome = send(chat("r", "alice", "hello"));

        assertThat(calls).containsExactly("HELLO");
        assertThat(body(outcome.message())).isEqualTo("HELLO");
        assertThat(outcome.modified()).isTrue();
    }

    @Test
    void reject_stopsInterceptorsAndSkipsObservers() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("filter", Verdict.reject("no spam")));
        room.install(recording("after", Verdict.pass()));
        room.install(recording("watcher", Verdict.pass()).observe());

        Outcome outcome = send(chat("r", "alice", "spam"));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcome.reason()).isEqualTo("no spam");
        assertThat(calls).containsExactly("filter");
    }

    @Test
    void stop_deliversAndSkipsLaterInterceptorsButNotObservers() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("stopper", Verdict.stop()));
        room.install(recording("after", Verdict.pass()));
        room.install(recording("watcher", Verdict.pass()).observe());

        Outcome outcome = send(chat("r", "alice", "hi"));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(calls).containsExactly("stopper", "watcher");
    }

    @Test
    void observerVerdict_isRecordedButChangesNothing() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("grumpy", Verdict.reject("ignored")).observe());
        room.install(recording("second", Verdict.pass()).observe());

        Outcome outcome = send(chat("r", "alice", "hi"));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(outcome.trace())
                .extracting(TraceEntry::verdict)
                .containsExactly(VerdictKind.REJECT, VerdictKind.PASS);
        assertThat(calls).containsExactly("grumpy", "second");
    }

    @Test
    void subscription_thatDoesNotMatchNeverInvokesTheHandler() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("roll", Verdict.pass()).on(Subscription.command("roll")));
        room.install(recording("links", Verdict.pass()).on(Subscription.to("chat.message", "link")));
        room.install(
                recording("tips", Verdict.pass()).on(Subscription.to("tip")).observe());
        room.install(recording("big-tips", Verdict.pass())
                .on(Subscription.to("tip", "tip.tier.2"))
                .observe());

        send(chat("r", "alice", "just chatting"));
        assertThat(calls).isEmpty();

        send(chat("r", "alice", "!roll 2d6"));
        send(chat("r", "alice", "!help"));
        send(chat("r", "alice", "see www.example.com"));
        send(tip("r", "bob", 10));
        send(tip("r", "bob", 600));

        assertThat(List.copyOf(calls)).containsExactly("roll", "links", "tips", "tips", "big-tips");
    }

    @Test
    void commandSubscriptions_leaveTheRestOfTheRoutingUndoneForOtherChat() {
        AtomicInteger scans = new AtomicInteger();
        runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .category("vip", (m, builtIn) -> scans.incrementAndGet() < 0)
                .build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("roll", Verdict.pass()).on(Subscription.command("roll")));
        room.install(recording("any-command", Verdict.pass()).on(Subscription.to("chat.message", "command")));

        send(chat("r", "alice", "just chatting, see www.example.com"));
        send(chat("r", "alice", "!help"));
        send(chat("r", "alice", "  !ROLL 2d6"));
        int scansSoFar = scans.get();
        room.install(recording("links", Verdict.pass()).on(Subscription.to("chat.message", "link")));
        send(chat("r", "alice", "just chatting, see www.example.com"));

        assertThat(scansSoFar)
                .as("host categories computed while only commands were asked for")
                .isZero();
        assertThat(scans).hasValue(1);
        assertThat(List.copyOf(calls)).containsExactly("any-command", "roll", "any-command", "links");
    }

    @Test
    void handlerWithSeveralSubscriptions_runsOncePerMessage() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("both", Verdict.pass())
                .on(Subscription.to("chat.message", "link"), Subscription.to("chat.message", "mention")));

        send(chat("r", "alice", "@bob look at www.example.com"));

        assertThat(calls).containsExactly("both");
    }

    @Test
    void observeType_runsObserversOnly_andInterceptorsAreRefusedAtInstall() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));

        assertThatThrownBy(() -> room.install(recording("bad", Verdict.pass()).on(Subscription.to("tip"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bad'")
                .hasMessageContaining("'tip'")
                .hasMessageContaining("OBSERVE");
        room.install(HandlerSpec.of("thanks", (m, ctx) -> {
                    calls.add("thanks "
                            + m.payload(dev.banter.api.types.BuiltinTypes.TIP).amount());
                    return Verdict.pass();
                })
                .on(Subscription.to("tip"))
                .observe());

        Outcome outcome = send(tip("r", "bob", 25));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(calls).containsExactly("thanks 25");
        assertThat(((Tip) outcome.message().payload()).amount()).isEqualTo(25);
    }

    @Test
    void install_refusesUnknownTypeCategoryDuplicateIdSecondAppAndTooManyBots() {
        runtime = BanterRuntime.newBuilder().lanes(1).maxBotsPerRoom(2).build();
        Room room = runtime.openRoom(RoomId.of("r"));

        assertThatThrownBy(() -> room.install(recording("x", Verdict.pass()).on(Subscription.to("chat.nope"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown message type 'chat.nope'");
        assertThatThrownBy(() ->
                        room.install(recording("x", Verdict.pass()).on(Subscription.to("chat.message", "shouty"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown category 'shouty'");

        room.install(recording("app", Verdict.pass()).inSlot(Slot.APP));
        assertThatThrownBy(() -> room.install(recording("app", Verdict.pass())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already has a handler 'app'");
        assertThatThrownBy(() -> room.install(recording("app2", Verdict.pass()).inSlot(Slot.APP)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already runs app 'app'");

        room.install(recording("b1", Verdict.pass()));
        room.install(recording("b2", Verdict.pass()));
        assertThatThrownBy(() -> room.install(recording("b3", Verdict.pass())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 bots, the maximum");
    }

    @Test
    void uninstall_swapsTheChainForTheNextMessage() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("temp", Verdict.pass()));

        send(chat("r", "alice", "one"));
        assertThat(room.uninstall("temp")).isTrue();
        assertThat(room.uninstall("temp")).isFalse();
        send(chat("r", "alice", "two"));

        assertThat(calls).containsExactly("temp");
        assertThat(room.handlers()).isEmpty();
    }

    @Test
    void build_refusesHostHandlerInTheWrongStageOrWithDuplicateId() {
        assertThatThrownBy(() -> BanterRuntime.newBuilder().observer(recording("o", Verdict.pass())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("observe()");
        assertThatThrownBy(() -> BanterRuntime.newBuilder()
                        .preHandler(recording("same", Verdict.pass()))
                        .postHandler(recording("same", Verdict.pass()))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'same'");
    }

    @Test
    void firstMessage_followsTheRoomsHistoryEvenBeforeAnyHandlerAskedForIt() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("plain", Verdict.pass())); // takes every chat message: nothing is categorized
        send(chat("r", "alice", "hello"));
        room.install(recording("greeter", Verdict.pass()).on(Subscription.to("chat.message", "first-message")));
        calls.clear();

        send(chat("r", "alice", "again"));
        send(chat("r", "bob", "hi all"));
        send(chat("r", "bob", "me again"));

        assertThat(List.copyOf(calls)).containsExactly("plain", "plain", "greeter", "plain");
    }

    @Test
    void routing_isAvailableThroughTheContextWithoutASubscription() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        runtime.openRoom(RoomId.of("r")).install(HandlerSpec.of("asker", (m, ctx) -> {
            calls.add(
                    ctx.routing().command() == null
                            ? "none"
                            : ctx.routing().command().name());
            calls.add(String.valueOf(ctx.routing().has("link")));
            return Verdict.pass();
        }));

        send(chat("r", "alice", "!ROLL 2d6 www.example.com"));

        assertThat(calls).containsExactly("roll", "true");
    }
}
