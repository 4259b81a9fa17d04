package dev.banter.tck;

import static dev.banter.tck.internal.Msgs.body;
import static dev.banter.tck.internal.Msgs.chat;
import static dev.banter.tck.internal.Msgs.stats;
import static dev.banter.tck.internal.Msgs.tip;
import static dev.banter.tck.internal.Rules.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Ban;
import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.Notice;
import dev.banter.api.action.Permission;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.handler.Command;
import dev.banter.api.handler.Handler;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Routing;
import dev.banter.api.handler.Slot;
import dev.banter.api.handler.Stage;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.Verdict;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.PrivateMessage;
import dev.banter.api.types.RoomStats;
import dev.banter.api.types.TimerFired;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import dev.banter.core.time.ManualClock;
import dev.banter.tck.internal.Msgs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Checks a configured {@link BanterRuntime} against SPEC.md sections 1-6, 10 and 11: registry and codec, routing,
 * chain semantics and ordering, outcomes and traces, actions and permissions, backpressure, timers and lifecycle.
 *
 * <p>Extend it and return the builder your host configures; the TCK adds its handlers, sinks, bounds and a virtual
 * clock on top, and closes every runtime it builds:
 *
 * {@snippet :
 * class MyHostRuntimeTest extends RuntimeVerification {
 *     @Override
 *     protected BanterRuntime.Builder newBuilder() {
 *         return BanterRuntime.newBuilder().maxMessageBytes(32 * 1024);
 *     }
 * }
 * }
 *
 * @since 0.4
 */
public abstract class RuntimeVerification {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final List<BanterRuntime> started = new ArrayList<>();
    private final TestEnvironment env = environment();

    /** The factory: a new builder as the host configures it. Called once or more per test. */
    protected abstract BanterRuntime.Builder newBuilder();

    /** How long to wait; override to pin timeouts in code instead of the environment. */
    protected TestEnvironment environment() {
        return TestEnvironment.fromEnvironment();
    }

    @AfterEach
    void closeRuntimes() {
        for (BanterRuntime runtime : started) {
            runtime.close();
        }
        started.clear();
    }

    private BanterRuntime start(UnaryOperator<BanterRuntime.Builder> tck) {
        BanterRuntime runtime = tck.apply(newBuilder()).build();
        started.add(runtime);
        return runtime;
    }

    private BanterRuntime start(int lanes) {
        return start(b -> b.lanes(lanes));
    }

    private Outcome send(BanterRuntime runtime, Message m) {
        return env.await(runtime.submit(m), "the outcome of " + m.type().name() + " " + m.id());
    }

    private static HandlerSpec recording(String id, Queue calls, Verdict verdict) {
        return HandlerSpec.of(id, (m, ctx) -> {
            calls.add(id);
            return verdict;
        });
    }

    /** The handler ids called, in call order. */
    private static final class Queue extends ConcurrentLinkedQueue<String> {
        private static final long serialVersionUID = 1L;
    }

    // ---------------------------------------------------------------- 1. registry and codec

    @Test
    void required_spec1_1_builtinTypesAreRegistered() {
        BanterRuntime runtime = start(1);
        for (MessageType<?> builtin : BuiltinTypes.all()) {
            assertThat(runtime.types().find(builtin.name()))
                    .as(check("1.1", "the registry's entry for " + builtin.name()))
                    .hasValueSatisfying(t -> {
                        assertThat(t.flow())
                                .as(check("1.1", "flow of " + builtin.name()))
                                .isEqualTo(builtin.flow());
                        assertThat(t.delivery())
                                .as(check("1.1", "delivery of " + builtin.name()))
                                .isEqualTo(builtin.delivery());
                    });
        }
    }

    @Test
    void required_spec1_2_codecRoundTripsEveryBuiltinMessage() {
        BanterRuntime runtime = start(1);
        Instant at = Instant.ofEpochMilli(1_767_225_600_123L);
        User bob = User.of("bob", dev.banter.api.room.Role.FAN);
        List<Message> messages = List.of(
                Msgs.of(BuiltinTypes.CHAT_MESSAGE, "alice", bob, new ChatMessage("hi @carol, see example.com"), at),
                Msgs.of(BuiltinTypes.CHAT_PRIVATE, "alice", bob, new PrivateMessage("alice", "psst"), at),
                Msgs.of(BuiltinTypes.TIP, "alice", bob, new Tip(25, "for the goal", false), at),
                Msgs.of(BuiltinTypes.USER_ENTER, "alice", bob, UserEnter.INSTANCE, at),
                Msgs.of(BuiltinTypes.ROOM_STATS, "alice", User.system(), new RoomStats(120, 30, 4_000), at));
        for (Message m : messages) {
            assertThat(runtime.codec().decode(runtime.codec().encode(m)))
                    .as(check("1.2", "decode(encode(m)) of " + m.type().name()))
                    .isEqualTo(m);
            assertThat(runtime.codec().decode(runtime.codec().encodeToString(m)))
                    .as(check("1.2", "decode(encodeToString(m)) of " + m.type().name()))
                    .isEqualTo(m);
        }
    }

    @Test
    void required_spec1_3_badInputIsRejectedNamingThePath() {
        BanterRuntime runtime = start(1);
        String good = "{\"id\":\"m-1\",\"type\":\"tip\",\"room\":\"alice\",\"ts\":1767225600000,"
                + "\"sender\":{\"name\":\"bob\",\"roles\":[\"has-tokens\"],\"tipper\":\"tipped\",\"gender\":\"m\"},"
                + "\"payload\":{\"amount\":25,\"note\":\"hi\",\"anonymous\":false}}";
        assertThat(runtime.codec().decode(good).type().name())
                .as(check("1.3", "the valid reference message"))
                .isEqualTo("tip");
        Map<String, String> bad = Map.of(
                "payload.amount", good.replace("\"amount\":25", "\"amount\":\"ten\""),
                "payload.amount ", good.replace("\"amount\":25", "\"amount\":0"),
                "payload.extra", good.replace("\"anonymous\":false", "\"anonymous\":false,\"extra\":1"));
        bad.forEach((path, json) -> assertThatThrownBy(() -> runtime.codec().decode(json))
                .as(check("1.3", "decoding a message with a bad " + path.strip()))
                .isInstanceOfSatisfying(
                        MessageFormatException.class, e -> assertThat(e.path()).isEqualTo(path.strip())));
        assertThatThrownBy(() -> runtime.codec().decode(good.replace("\"type\":\"tip\"", "\"type\":\"no.such\"")))
                .as(check("1.3", "decoding an unknown type"))
                .isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("no.such");
        assertThatThrownBy(() -> runtime.submit(chat("alice", "bob", "x".repeat(5_000))))
                .as(check("1.3", "submitting a chat body over its 4096 chars"))
                .isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("payload.body");
        assertThat(send(runtime, chat("alice", "bob", "still here")).delivered())
                .as(check("1.3", "the room after refused input"))
                .isTrue();
    }

    // ---------------------------------------------------------------- 2. routing

    @Test
    void required_spec2_1_unmatchedSubscriptionIsNeverCalled() {
        BanterRuntime runtime = start(1);
        Queue calls = new Queue();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("roller", calls, Verdict.pass()).on(Subscription.command("roll")));
        room.install(recording("linker", calls, Verdict.pass()).on(Subscription.to("chat.message", "link")));
        room.install(recording("tipper", calls, Verdict.pass())
                .on(Subscription.to("tip"))
                .observe());

        Outcome plain = send(runtime, chat("r", "bob", "hello there"));
        send(runtime, chat("r", "bob", "!roll 2d6"));

        assertThat(plain.trace())
                .as(check("2.1", "handlers run for plain chat"))
                .isEmpty();
        assertThat(List.copyOf(calls))
                .as(check("2.1", "handlers called for plain chat, then !roll"))
                .containsExactly("roller");
    }

    @Test
    void required_spec2_2_routerParsesCommandsAndCategories() {
        BanterRuntime runtime = start(b -> b.lanes(1).commandPrefixes("!").tipTiers(100, 500, 1000));
        List<Routing> seen = new CopyOnWriteArrayList<>();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(HandlerSpec.of("router-probe", (m, ctx) -> {
                    seen.add(ctx.routing());
                    return Verdict.pass();
                })
                .on(Subscription.to("chat.message"), Subscription.to("tip"))
                .observe());

        send(runtime, chat("r", "bob", "!Roll 2d6  fast"));
        send(runtime, chat("r", "bob", "hi @carol see example.com"));
        send(runtime, tip("r", "bob", 500, ""));

        Command command = seen.get(0).command();
        assertThat(command).as(check("2.2", "the command of '!Roll 2d6  fast'")).isNotNull();
        assertThat(command.name()).as(check("2.2", "command name")).isEqualTo("roll");
        assertThat(command.args()).as(check("2.2", "command args")).containsExactly("2d6", "fast");
        assertThat(seen.get(0).has("command"))
                .as(check("2.2", "category command"))
                .isTrue();
        assertThat(seen.get(1).mentions()).as(check("2.2", "mentions")).containsExactly("carol");
        assertThat(seen.get(1).categories())
                .as(check("2.2", "categories of a chat with a mention and a link"))
                .contains("mention", "link")
                .doesNotContain("command");
        assertThat(seen.get(2).tipTier())
                .as(check("2.2", "tier of a 500 tip with tiers 100/500/1000"))
                .isEqualTo(2);
        assertThat(seen.get(2).categories())
                .as(check("2.2", "categories of a 500 tip"))
                .contains("tip.tier.1", "tip.tier.2")
                .doesNotContain("tip.tier.3");
    }

    // ---------------------------------------------------------------- 3. chain semantics and ordering

    @Test
    void required_spec3_1_slotOrderIsPreAppBotsPostThenObservers() {
        Queue calls = new Queue();
        BanterRuntime runtime = start(b -> b.lanes(1)
                .preHandler(recording("tck-pre", calls, Verdict.pass()))
                .postHandler(recording("tck-post", calls, Verdict.pass()))
                .observer(recording("tck-host-observer", calls, Verdict.pass()).observe()));
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("bot-a", calls, Verdict.pass()));
        room.install(recording("app", calls, Verdict.pass()).inSlot(Slot.APP));
        room.install(recording("bot-b", calls, Verdict.pass()));
        room.install(recording("room-observer", calls, Verdict.pass()).observe());

        Outcome outcome = send(runtime, chat("r", "alice", "hi"));

        List<String> expected =
                List.of("tck-pre", "app", "bot-a", "bot-b", "tck-post", "tck-host-observer", "room-observer");
        assertThat(calls.stream().filter(expected::contains).toList())
                .as(check("3.1", "call order"))
                .containsExactlyElementsOf(expected);
        assertThat(outcome.trace().stream()
                        .filter(t -> expected.contains(t.handlerId()))
                        .map(t -> t.handlerId() + "/" + t.stage())
                        .toList())
                .as(check("3.1", "trace order and stages"))
                .containsExactly(
                        "tck-pre/INTERCEPT",
                        "app/INTERCEPT",
                        "bot-a/INTERCEPT",
                        "bot-b/INTERCEPT",
                        "tck-post/INTERCEPT",
                        "tck-host-observer/OBSERVE",
                        "room-observer/OBSERVE");
    }

    @Test
    void required_spec3_2_rejectStopsTheChain() {
        BanterRuntime runtime = start(1);
        Queue calls = new Queue();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("filter", calls, Verdict.reject("no spam")));
        room.install(recording("after", calls, Verdict.pass()));
        room.install(recording("watcher", calls, Verdict.pass()).observe());

        Outcome outcome = send(runtime, chat("r", "alice", "spam"));

        assertThat(outcome.status()).as(check("3.2", "status")).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcome.reason()).as(check("3.2", "reason")).isEqualTo("no spam");
        assertThat(List.copyOf(calls)).as(check("3.2", "handlers called")).containsExactly("filter");
    }

    @Test
    void required_spec3_3_modifyIsSeenByLaterHandlersAndDelivered() {
        BanterRuntime runtime = start(1);
        Queue seen = new Queue();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(HandlerSpec.of("upper", (m, ctx) -> Verdict.modify(new ChatMessage(body(m).toUpperCase()))));
        room.install(HandlerSpec.of("check", (m, ctx) -> {
            seen.add(body(m));
            return Verdict.pass();
        }));
        room.install(HandlerSpec.of("watch", (m, ctx) -> {
                    seen.add(body(m));
                    return Verdict.pass();
                })
                .observe());

        Outcome outcome = send(runtime, chat("r", "alice", "hello"));

        assertThat(List.copyOf(seen))
                .as(check("3.3", "bodies later handlers saw"))
                .containsExactly("HELLO", "HELLO");
        assertThat(body(outcome.message())).as(check("3.3", "delivered body")).isEqualTo("HELLO");
        assertThat(outcome.modified()).as(check("3.3", "Outcome.modified()")).isTrue();
    }

    @Test
    void required_spec3_4_stopDeliversAndSkipsLaterInterceptors() {
        BanterRuntime runtime = start(1);
        Queue calls = new Queue();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("stopper", calls, Verdict.stop()));
        room.install(recording("after", calls, Verdict.pass()));
        room.install(recording("watcher", calls, Verdict.pass()).observe());

        Outcome outcome = send(runtime, chat("r", "alice", "hi"));

        assertThat(outcome.status()).as(check("3.4", "status")).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(List.copyOf(calls)).as(check("3.4", "handlers called")).containsExactly("stopper", "watcher");
    }

    @Test
    void required_spec3_5_observerVerdictChangesNothing() {
        BanterRuntime runtime = start(1);
        Queue calls = new Queue();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("grumpy", calls, Verdict.reject("ignored")).observe());
        room.install(recording("second", calls, Verdict.pass()).observe());

        Outcome outcome = send(runtime, chat("r", "alice", "hi"));

        assertThat(outcome.status()).as(check("3.5", "status")).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(List.copyOf(calls)).as(check("3.5", "observers called")).containsExactly("grumpy", "second");
        assertThat(outcome.trace())
                .as(check("3.5", "trace of the observers"))
                .extracting(TraceEntry::handlerId, TraceEntry::stage, TraceEntry::verdict)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("grumpy", Stage.OBSERVE, VerdictKind.REJECT),
                        org.assertj.core.groups.Tuple.tuple("second", Stage.OBSERVE, VerdictKind.PASS));
    }

    @Test
    void required_spec3_6_eachRoomRunsInSubmissionOrderOneAtATime() throws Exception {
        BanterRuntime runtime = start(2);
        List<String> rooms = List.of("r0", "r1", "r2", "r3");
        Map<String, List<String>> handled = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> active = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        for (String r : rooms) {
            handled.put(r, new CopyOnWriteArrayList<>());
            active.put(r, new AtomicInteger());
            runtime.openRoom(RoomId.of(r)).install(HandlerSpec.of("order", (m, ctx) -> {
                if (active.get(r).incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                handled.get(r).add(body(m));
                active.get(r).decrementAndGet();
                return Verdict.pass();
            }));
        }
        int submitters = 3;
        int perRoom = 60;
        List<CompletableFuture<Outcome>> all = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < submitters; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perRoom; i++) {
                    for (String r : rooms) {
                        all.add(runtime.submit(chat(r, "u" + thread, thread + ":" + i))
                                .toCompletableFuture());
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join(env.timeout().toMillis());
        }
        env.await(CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])), "every outcome");

        assertThat(overlaps.get())
                .as(check("3.6", "calls that overlapped another in the same room"))
                .isZero();
        for (String r : rooms) {
            List<String> mine = handled.get(r);
            assertThat(mine).as(check("3.6", "messages handled in room " + r)).hasSize(submitters * perRoom);
            for (int t = 0; t < submitters; t++) {
                String prefix = t + ":";
                List<String> fromOne =
                        mine.stream().filter(b -> b.startsWith(prefix)).toList();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < perRoom; i++) {
                    expected.add(prefix + i);
                }
                assertThat(fromOne)
                        .as(check("3.6", "order in room " + r + " of submitter " + t))
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void required_spec3_7_installSwapsTheChainAndSlotRulesHold() {
        BanterRuntime runtime = start(b -> b.lanes(1).maxBotsPerRoom(2));
        Queue calls = new Queue();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(recording("app", calls, Verdict.pass()).inSlot(Slot.APP));
        room.install(recording("bot", calls, Verdict.pass()));
        send(runtime, chat("r", "a", "one"));
        assertThat(room.uninstall("bot"))
                .as(check("3.7", "uninstall of an installed bot"))
                .isTrue();
        send(runtime, chat("r", "a", "two"));

        assertThat(List.copyOf(calls))
                .as(check("3.7", "calls before and after uninstalling 'bot'"))
                .containsExactly("app", "bot", "app");
        assertThatThrownBy(() ->
                        room.install(recording("app2", calls, Verdict.pass()).inSlot(Slot.APP)))
                .as(check("3.7", "a second app"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> room.install(recording("app", calls, Verdict.pass())))
                .as(check("3.7", "a duplicate handler id"))
                .isInstanceOf(IllegalArgumentException.class);
        room.install(recording("b1", calls, Verdict.pass()));
        room.install(recording("b2", calls, Verdict.pass()));
        assertThatThrownBy(() -> room.install(recording("b3", calls, Verdict.pass())))
                .as(check("3.7", "a bot beyond maxBotsPerRoom(2)"))
                .isInstanceOf(IllegalStateException.class);
    }

    // ---------------------------------------------------------------- 4. outcomes and traces

    @Test
    void required_spec4_1_throwingHandlerIsAFailedStepAndTheChainGoesOn() {
        BanterRuntime runtime = start(1);
        Queue calls = new Queue();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(HandlerSpec.of("bad", (m, ctx) -> {
            throw new IllegalStateException("boom");
        }));
        room.install(recording("after", calls, Verdict.pass()));

        Outcome outcome = send(runtime, chat("r", "alice", "hi"));

        assertThat(outcome.status())
                .as(check("4.1", "status with a fail-open failure"))
                .isEqualTo(Outcome.Status.DELIVERED);
        TraceEntry failed = outcome.trace().get(0);
        assertThat(failed.verdict())
                .as(check("4.1", "verdict of the throwing handler"))
                .isEqualTo(VerdictKind.FAILED);
        assertThat(failed.failure()).as(check("4.1", "failure text")).contains("bad", "IllegalStateException", "boom");
        assertThat(List.copyOf(calls)).as(check("4.1", "later handlers called")).containsExactly("after");
    }

    @Test
    void required_spec4_2_failClosedFailureRejectsNamingTheHandler() {
        BanterRuntime runtime = start(1);
        runtime.openRoom(RoomId.of("r"))
                .install(HandlerSpec.of("strict", (m, ctx) -> {
                            throw new IllegalStateException("boom");
                        })
                        .failClosed());

        Outcome outcome = send(runtime, chat("r", "alice", "hi"));

        assertThat(outcome.status()).as(check("4.2", "status")).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcome.reason()).as(check("4.2", "reason")).contains("strict");
    }

    @Test
    void required_spec4_3_contractViolationsAreFailedSteps() {
        BanterRuntime runtime = start(1);
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(HandlerSpec.of("nully", (m, ctx) -> null));
        room.install(HandlerSpec.of("empty-body", (m, ctx) -> Verdict.modify(new ChatMessage(""))));
        room.install(HandlerSpec.of("wrong-type", (m, ctx) -> Verdict.modify(new RoomStats(1, 1, 1))));

        Outcome outcome = send(runtime, chat("r", "alice", "hello"));

        assertThat(outcome.trace())
                .as(check("4.3", "verdicts of a null verdict, an empty body and a payload of another type"))
                .extracting(TraceEntry::verdict)
                .containsExactly(VerdictKind.FAILED, VerdictKind.FAILED, VerdictKind.FAILED);
        assertThat(body(outcome.message())).as(check("4.3", "delivered body")).isEqualTo("hello");
    }

    @Test
    void required_spec4_4_failureInOneRoomLeavesOtherRoomsAlone() {
        BanterRuntime runtime = start(2);
        Room slow = runtime.openRoom(RoomId.of("slow"));
        Room other = null;
        for (int i = 0; other == null && i < 64; i++) {
            Room candidate = runtime.openRoom(RoomId.of("other" + i));
            if (candidate.lane() != slow.lane()) {
                other = candidate;
            }
        }
        assertThat(other)
                .as(check("4.4", "a room on another lane than room 'slow'"))
                .isNotNull();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        slow.install(HandlerSpec.of("stuck", (m, ctx) -> {
            entered.countDown();
            release.await();
            throw new IllegalStateException("stuck and broken");
        }));
        other.install(HandlerSpec.of("fine", (m, ctx) -> Verdict.pass()));
        try {
            CompletableFuture<Outcome> stuck =
                    runtime.submit(chat("slow", "a", "x")).toCompletableFuture();
            env.await(CompletableFuture.runAsync(() -> awaitLatch(entered)), "the stuck handler to start");
            Outcome fine = send(runtime, chat(other.id().value(), "b", "y"));
            assertThat(fine.status())
                    .as(check("4.4", "outcome in another room while 'slow' is stuck"))
                    .isEqualTo(Outcome.Status.DELIVERED);
            release.countDown();
            assertThat(env.await(stuck, "the stuck outcome").trace().get(0).verdict())
                    .as(check("4.4", "the stuck handler's step"))
                    .isEqualTo(VerdictKind.FAILED);
        } finally {
            release.countDown();
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- 5. actions and permissions

    @Test
    void required_spec5_1_actionWithoutPermissionIsRefused() {
        List<ActionEnvelope> sunk = new CopyOnWriteArrayList<>();
        BanterRuntime runtime = start(b -> b.lanes(1).actionSink(sunk::add));
        List<String> denials = new CopyOnWriteArrayList<>();
        runtime.openRoom(RoomId.of("r")).install(HandlerSpec.of("banner", (m, ctx) -> {
            try {
                ctx.emit(new Ban("alice", "spam"));
            } catch (SecurityException e) {
                denials.add(e.getMessage());
            }
            return Verdict.pass();
        }));

        Outcome outcome = send(runtime, chat("r", "alice", "hi"));

        assertThat(denials)
                .as(check("5.1", "SecurityException messages"))
                .singleElement()
                .satisfies(text -> assertThat(text).contains("banner", "moderation.ban"));
        assertThat(outcome.actions()).as(check("5.1", "actions in the outcome")).isEmpty();
        assertThat(sunk).as(check("5.1", "actions at the sink")).isEmpty();
        assertThat(runtime.metrics().rooms().get(RoomId.of("r")).permissionDenials())
                .as(check("5.1", "RoomMetrics.permissionDenials"))
                .isEqualTo(1);
    }

    @Test
    void required_spec5_2_actionsReachTheSinkInEmissionOrderWithSequences() {
        List<ActionEnvelope> sunk = new CopyOnWriteArrayList<>();
        BanterRuntime runtime = start(b -> b.lanes(2).actionSink(sunk::add));
        List<String> rooms = List.of("a", "b", "c");
        for (String r : rooms) {
            runtime.openRoom(RoomId.of(r))
                    .install(HandlerSpec.of("twice", (m, ctx) -> {
                                ctx.notice(body(m) + "/1");
                                ctx.notice(body(m) + "/2");
                                return Verdict.pass();
                            })
                            .grant(Permission.NOTICE));
        }
        List<CompletableFuture<Outcome>> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            for (String r : rooms) {
                all.add(runtime.submit(chat(r, "u", "m" + i)).toCompletableFuture());
            }
        }
        List<Outcome> outcomes =
                all.stream().map(f -> env.await(f, "an outcome")).toList();
        assertThat(env.eventually(() -> sunk.size() >= 300))
                .as(check("5.2", "300 actions at the sink, got " + sunk.size()))
                .isTrue();

        for (String r : rooms) {
            List<ActionEnvelope> mine =
                    sunk.stream().filter(e -> e.room().value().equals(r)).toList();
            for (int i = 0; i < mine.size(); i++) {
                ActionEnvelope e = mine.get(i);
                String what = "envelope " + (i + 1) + " of room " + r;
                assertThat(e.sequence()).as(check("5.2", "sequence of " + what)).isEqualTo(i + 1);
                assertThat(e.action())
                        .as(check("5.2", "action of " + what))
                        .isEqualTo(Notice.toAll("m" + (i / 2) + "/" + (i % 2 + 1)));
                assertThat(e.handlerId()).as(check("5.2", "handler of " + what)).isEqualTo("twice");
            }
        }
        for (Outcome o : outcomes) {
            assertThat(o.actions())
                    .as(check("5.2", "Outcome.actions() of " + body(o.message())))
                    .containsExactly(Notice.toAll(body(o.message()) + "/1"), Notice.toAll(body(o.message()) + "/2"));
            List<String> ids = sunk.stream()
                    .filter(e -> e.room().equals(o.message().room()))
                    .filter(e -> ((Notice) e.action()).text().startsWith(body(o.message()) + "/"))
                    .map(ActionEnvelope::messageId)
                    .distinct()
                    .toList();
            assertThat(ids)
                    .as(check("5.2", "message ids on the envelopes"))
                    .containsExactly(o.message().id());
        }
    }

    @Test
    void required_spec5_3_failingSinkIsRetriedInOrderThenGivenUp() {
        Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
        List<String> delivered = new CopyOnWriteArrayList<>();
        List<String> givenUp = new CopyOnWriteArrayList<>();
        ActionSink flaky = new ActionSink() {
            @Override
            public void deliver(ActionEnvelope envelope) {
                int n = attempts.computeIfAbsent(envelope.sequence(), s -> new AtomicInteger())
                        .incrementAndGet();
                String text = ((Notice) envelope.action()).text();
                if (text.equals("never") || (text.equals("flaky") && n < 3)) {
                    throw new IllegalStateException("host busy");
                }
                delivered.add(text);
            }

            @Override
            public void undeliverable(ActionEnvelope envelope, Throwable lastFailure) {
                givenUp.add(((Notice) envelope.action()).text());
            }
        };
        BanterRuntime runtime =
                start(b -> b.lanes(1).actionSink(flaky).actionRetry(4, Duration.ofMillis(1), Duration.ofMillis(4)));
        runtime.openRoom(RoomId.of("r"))
                .install(HandlerSpec.of("say", (m, ctx) -> {
                            ctx.notice(body(m));
                            return Verdict.pass();
                        })
                        .grant(Permission.NOTICE));

        for (String text : List.of("flaky", "never", "after")) {
            runtime.submit(chat("r", "u", text));
        }

        assertThat(env.eventually(() -> delivered.size() >= 2 && !givenUp.isEmpty()))
                .as(check("5.3", "delivered " + delivered + " and given up " + givenUp))
                .isTrue();
        assertThat(delivered)
                .as(check("5.3", "order at the sink after retries"))
                .containsExactly("flaky", "after");
        assertThat(givenUp).as(check("5.3", "envelopes given up")).containsExactly("never");
        assertThat(attempts.get(1L).get())
                .as(check("5.3", "attempts of the flaky envelope (sequence 1)"))
                .isEqualTo(3);
        assertThat(attempts.get(2L).get())
                .as(check("5.3", "attempts of the failing envelope"))
                .isEqualTo(4);
    }

    // ---------------------------------------------------------------- 6. backpressure

    /** Blocks the room's lane with a chat message until {@code release}; answers that message's outcome. */
    private CompletableFuture<Outcome> blockLane(BanterRuntime runtime, Room room, CountDownLatch release) {
        CountDownLatch started = new CountDownLatch(1);
        room.install(HandlerSpec.of("blocker", (m, ctx) -> {
            if (body(m).equals("block")) {
                started.countDown();
                release.await();
            }
            return Verdict.pass();
        }));
        CompletableFuture<Outcome> f =
                runtime.submit(chat(room.id().value(), "alice", "block")).toCompletableFuture();
        env.await(CompletableFuture.runAsync(() -> awaitLatch(started)), "the lane to block");
        return f;
    }

    @Test
    void required_spec6_1_chatBeyondTheBoundIsOverloaded() {
        BanterRuntime runtime = start(b -> b.lanes(1).roomQueueBound(10));
        Room room = runtime.openRoom(RoomId.of("r"));
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<Outcome> blocked = blockLane(runtime, room, release);
            List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                outcomes.add(runtime.submit(chat("r", "bob", "m" + i)).toCompletableFuture());
            }
            for (CompletableFuture<Outcome> f : outcomes.subList(10, 15)) {
                assertThat(f.isDone())
                        .as(check("6.1", "a refused submit completes at once"))
                        .isTrue();
                assertThat(f.join().status())
                        .as(check("6.1", "status beyond the bound"))
                        .isEqualTo(Outcome.Status.OVERLOADED);
            }
            release.countDown();
            env.await(blocked, "the blocking message");
            for (CompletableFuture<Outcome> f : outcomes.subList(0, 10)) {
                assertThat(env.await(f, "an accepted chat").status())
                        .as(check("6.1", "status within the bound"))
                        .isEqualTo(Outcome.Status.DELIVERED);
            }
            assertThat(runtime.metrics().rooms().get(RoomId.of("r")).overloaded())
                    .as(check("6.1", "RoomMetrics.overloaded"))
                    .isEqualTo(5);
        } finally {
            release.countDown();
        }
    }

    @Test
    void required_spec6_2_coalescingKeepsTheNewestPerKey() {
        BanterRuntime runtime = start(1);
        Room room = runtime.openRoom(RoomId.of("r"));
        List<Long> viewers = new CopyOnWriteArrayList<>();
        room.install(HandlerSpec.of("stats", (m, ctx) -> {
                    viewers.add(m.payload(BuiltinTypes.ROOM_STATS).viewers());
                    return Verdict.pass();
                })
                .on(Subscription.to("room.stats"))
                .observe());
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        try {
            blockLane(runtime, room, release);
            for (int i = 1; i <= 50; i++) {
                outcomes.add(runtime.submit(stats("r", i)).toCompletableFuture());
            }
        } finally {
            release.countDown();
        }
        assertThat(env.await(outcomes.getLast(), "the newest room.stats").status())
                .as(check("6.2", "status of the newest"))
                .isEqualTo(Outcome.Status.DELIVERED);
        for (CompletableFuture<Outcome> f : outcomes.subList(0, 49)) {
            assertThat(env.await(f, "a replaced room.stats").status())
                    .as(check("6.2", "status of a replaced one"))
                    .isEqualTo(Outcome.Status.COALESCED);
        }
        assertThat(viewers).as(check("6.2", "room.stats the handler saw")).containsExactly(50L);
    }

    @Test
    void required_spec6_3_criticalEventsAreNeverDropped() {
        BanterRuntime runtime =
                start(b -> b.lanes(1).criticalQueueBound(4).criticalOfferTimeout(Duration.ofMillis(20)));
        Room room = runtime.openRoom(RoomId.of("r"));
        List<String> seen = new CopyOnWriteArrayList<>();
        room.install(HandlerSpec.of("thanks", (m, ctx) -> {
                    seen.add(m.payload(BuiltinTypes.TIP).note());
                    return Verdict.pass();
                })
                .on(Subscription.to("tip"))
                .observe());
        CountDownLatch release = new CountDownLatch(1);
        List<String> backpressured = new ArrayList<>();
        List<CompletableFuture<Outcome>> accepted = new ArrayList<>();
        try {
            blockLane(runtime, room, release);
            for (int i = 0; i < 10; i++) {
                CompletableFuture<Outcome> f =
                        runtime.submit(tip("r", "fan", 5, "t" + i)).toCompletableFuture();
                if (f.isDone() && f.join().status() == Outcome.Status.BACKPRESSURE) {
                    backpressured.add("t" + i);
                } else {
                    accepted.add(f);
                }
            }
        } finally {
            release.countDown();
        }
        assertThat(backpressured)
                .as(check("6.3", "tips answered BACKPRESSURE with a full queue"))
                .isNotEmpty();
        for (String note : backpressured) {
            accepted.add(runtime.submit(tip("r", "fan", 5, note)).toCompletableFuture());
        }
        for (CompletableFuture<Outcome> f : accepted) {
            assertThat(env.await(f, "an accepted tip").status())
                    .as(check("6.3", "status of an accepted tip"))
                    .isEqualTo(Outcome.Status.DELIVERED);
        }
        assertThat(seen)
                .as(check("6.3", "tips the observer saw"))
                .containsExactlyInAnyOrder("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9");
    }

    // ---------------------------------------------------------------- 10. timers

    /** A firing as a handler saw it: {@code handler label@second #firing}. */
    private static String firing(String handler, TimerFired t, Instant now) {
        return handler + " " + t.label() + "@" + Duration.between(T0, now).toSeconds() + " #" + t.firing() + " owner "
                + t.owner();
    }

    /** A bot driven by chat ({@code after L S}, {@code every L S}, {@code cancel L}) that records its firings. */
    private static HandlerSpec timerBot(String id, List<String> fired) {
        Handler bot = (m, ctx) -> {
            if (m.payload() instanceof TimerFired t) {
                fired.add(firing(id, t, ctx.now()));
                return Verdict.pass();
            }
            String[] w = body(m).split(" ");
            if (w[0].equals(id)) {
                Duration d = w.length > 3 ? Duration.ofSeconds(Long.parseLong(w[3])) : Duration.ZERO;
                switch (w[1]) {
                    case "after" -> ctx.emit(ScheduleTimer.once(w[2], d));
                    case "every" -> ctx.emit(new ScheduleTimer(w[2], d, d));
                    case "cancel" -> ctx.emit(new CancelTimer(w[2]));
                    default -> throw new IllegalArgumentException("unknown timer command " + w[1]);
                }
            }
            return Verdict.pass();
        };
        return HandlerSpec.of(id, bot)
                .on(Subscription.to("chat.message"), Subscription.to("timer"))
                .observe()
                .grant(Permission.TIMERS);
    }

    private record Timed(BanterRuntime runtime, ManualClock clock, List<String> fired, List<ActionEnvelope> sunk) {}

    private Timed timed(int maxPerHandler, Duration minInterval, String... bots) {
        ManualClock clock = ManualClock.startingAt(T0);
        List<ActionEnvelope> sunk = new CopyOnWriteArrayList<>();
        BanterRuntime runtime =
                start(b -> b.lanes(1).timeSource(clock).actionSink(sunk::add).timers(maxPerHandler, minInterval));
        List<String> fired = new CopyOnWriteArrayList<>();
        Room room = runtime.openRoom(RoomId.of("r"));
        for (String bot : bots) {
            room.install(timerBot(bot, fired));
        }
        return new Timed(runtime, clock, fired, sunk);
    }

    private void say(Timed t, String body) {
        send(
                t.runtime(),
                Msgs.of(
                        BuiltinTypes.CHAT_MESSAGE,
                        "r",
                        User.viewer("host"),
                        new ChatMessage(body),
                        t.clock().now()));
    }

    @Test
    void required_spec10_1_oneShotFiresOnceOnlyToItsOwner() {
        Timed t = timed(32, Duration.ofSeconds(1), "bot", "other");
        say(t, "bot after t 5");

        t.clock().advance(Duration.ofSeconds(4));
        assertThat(t.fired()).as(check("10.1", "firings before the due time")).isEmpty();
        t.clock().advance(Duration.ofSeconds(1));
        t.clock().advance(Duration.ofSeconds(100));

        assertThat(t.fired()).as(check("10.1", "firings")).containsExactly("bot t@5 #1 owner bot");
    }

    @Test
    void required_spec10_2_repeatingTimerKeepsAFixedRate() {
        Timed t = timed(32, Duration.ofSeconds(1), "bot");
        t.clock().advance(Duration.ofSeconds(3));
        say(t, "bot every t 10");

        t.clock().advance(Duration.ofSeconds(42));

        assertThat(t.fired())
                .as(check("10.2", "firings of a 10 s timer scheduled at 3 s, after 42 s"))
                .containsExactly(
                        "bot t@13 #1 owner bot",
                        "bot t@23 #2 owner bot",
                        "bot t@33 #3 owner bot",
                        "bot t@43 #4 owner bot");
    }

    @Test
    void required_spec10_3_sameLabelReplacesAndCancelStops() {
        Timed t = timed(32, Duration.ofSeconds(1), "bot");
        say(t, "bot after t 5");
        say(t, "bot after t 20");
        say(t, "bot every u 10");
        t.clock().advance(Duration.ofSeconds(10));
        say(t, "bot cancel u");
        t.clock().advance(Duration.ofSeconds(30));

        assertThat(t.fired())
                .as(check("10.3", "firings of t (replaced 5 s by 20 s) and u (cancelled after its first)"))
                .containsExactly("bot u@10 #1 owner bot", "bot t@20 #1 owner bot");
    }

    @Test
    void required_spec10_4_timerLimitsRefuseAndCount() {
        Timed t = timed(2, Duration.ofSeconds(5), "bot");
        say(t, "bot after short 1");
        say(t, "bot every b 10");
        say(t, "bot every c 10");
        say(t, "bot every d 10");

        assertThat(t.runtime().metrics().rooms().get(RoomId.of("r")).timersRefused())
                .as(check("10.4", "RoomMetrics.timersRefused"))
                .isEqualTo(2);
        assertThat(t.sunk().stream()
                        .filter(e -> e.action() instanceof ScheduleTimer)
                        .map(e -> ((ScheduleTimer) e.action()).label())
                        .toList())
                .as(check("10.4", "timer actions at the sink"))
                .containsExactly("b", "c");
    }

    // ---------------------------------------------------------------- 11. lifecycle

    @Test
    void required_spec11_1_closingARoomDrainsItThenItReopensFresh() {
        BanterRuntime runtime = start(2);
        Room room = runtime.openRoom(RoomId.of("r"));
        AtomicInteger handled = new AtomicInteger();
        room.install(HandlerSpec.of("slowish", (m, ctx) -> {
            Thread.sleep(0, 200_000);
            handled.incrementAndGet();
            return Verdict.pass();
        }));
        List<CompletableFuture<Outcome>> accepted = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            accepted.add(runtime.submit(chat("r", "a", "m" + i)).toCompletableFuture());
        }
        CompletableFuture<Void> closed = room.close().toCompletableFuture();
        Outcome late = env.await(runtime.submit(chat("r", "a", "late")), "a submit while closing");
        env.await(closed, "the room to close");

        assertThat(late.status())
                .as(check("11.1", "a submit while the room closes (or after it reopened)"))
                .isIn(Outcome.Status.CLOSED, Outcome.Status.DELIVERED);
        assertThat(handled.get()).as(check("11.1", "accepted events handled")).isEqualTo(100);
        assertThat(accepted)
                .allSatisfy(f -> assertThat(f.join().status())
                        .as(check("11.1", "status of an accepted event"))
                        .isEqualTo(Outcome.Status.DELIVERED));
        Outcome fresh = send(runtime, chat("r", "a", "again"));
        assertThat(fresh.trace())
                .as(check("11.1", "room handlers of the reopened room"))
                .isEmpty();
        assertThat(runtime.room(RoomId.of("r")).orElseThrow().handlers())
                .as(check("11.1", "handlers() of the reopened room"))
                .isEmpty();
    }

    @Test
    void required_spec11_2_closingTheRuntimeDrainsEveryRoomAndItsActions() {
        List<ActionEnvelope> sunk = new CopyOnWriteArrayList<>();
        BanterRuntime runtime = start(b -> b.lanes(2).actionSink(sunk::add));
        for (String r : List.of("a", "b")) {
            runtime.openRoom(RoomId.of(r))
                    .install(HandlerSpec.of("say", (m, ctx) -> {
                                ctx.notice(body(m));
                                return Verdict.pass();
                            })
                            .grant(Permission.NOTICE));
        }
        List<CompletableFuture<Outcome>> accepted = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            accepted.add(
                    runtime.submit(chat(i % 2 == 0 ? "a" : "b", "u", "m" + i)).toCompletableFuture());
        }

        runtime.close();

        assertThat(accepted).allSatisfy(f -> {
            assertThat(f.isDone())
                    .as(check("11.2", "an accepted outcome once close() returned"))
                    .isTrue();
            assertThat(f.join().status()).as(check("11.2", "its status")).isEqualTo(Outcome.Status.DELIVERED);
        });
        assertThat(sunk)
                .as(check("11.2", "actions at the sink once close() returned"))
                .hasSize(50);
    }
}
