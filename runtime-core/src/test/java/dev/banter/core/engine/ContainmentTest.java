package dev.banter.core.engine;

import static dev.banter.core.engine.Msgs.chat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.Verdict;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.RoomStats;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContainmentTest {

    private BanterRuntime runtime;

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private Outcome send(String room, String body) {
        return runtime.submit(chat(room, "alice", body)).toCompletableFuture().join();
    }

    @Test
    void throwingHandler_failsOpenByDefault_andLaterHandlersStillRun() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(HandlerSpec.of("broken", (m, ctx) -> {
            throw new IllegalStateException("boom");
        }));
        room.install(HandlerSpec.of("fine", (m, ctx) -> {
            calls.add("fine");
            return Verdict.pass();
        }));

        Outcome outcome = send("r", "hi");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(calls).containsExactly("fine");
        TraceEntry failed = outcome.trace().getFirst();
        assertThat(failed.handlerId()).isEqualTo("broken");
        assertThat(failed.verdict()).isEqualTo(VerdictKind.FAILED);
        assertThat(failed.failure()).contains("'broken'", "IllegalStateException", "boom");
        assertThat(runtime.metrics().rooms().get(RoomId.of("r")).handlerFailures())
                .isEqualTo(1);
    }

    @Test
    void throwingHandler_failClosed_rejectsNamingTheHandler() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        runtime.openRoom(RoomId.of("r"))
                .install(HandlerSpec.of("strict", (m, ctx) -> {
                            throw new RuntimeException("bad");
                        })
                        .failClosed());

        Outcome outcome = send("r", "hi");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcome.reason()).contains("'strict'", "bad");
    }

    @Test
    void contractViolations_nullVerdictAndMisfitPayload_areFailuresNamingTheHandler() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        room.install(HandlerSpec.of("nully", (m, ctx) -> null));
        room.install(HandlerSpec.of("empty-body", (m, ctx) -> Verdict.modify(new ChatMessage(""))));
        room.install(HandlerSpec.of("wrong-type", (m, ctx) -> Verdict.modify(new RoomStats(1, 1, 1))));

        Outcome outcome = send("r", "hello");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(outcome.trace()).extracting(TraceEntry::verdict).containsOnly(VerdictKind.FAILED);
        assertThat(outcome.trace().get(0).failure()).contains("'nully'", "returned null");
        assertThat(outcome.trace().get(1).failure()).contains("'empty-body'", "payload.body");
        assertThat(outcome.trace().get(2).failure()).contains("'wrong-type'", "RoomStats", "ChatMessage");
        assertThat(outcome.message().payload(BuiltinTypes.CHAT_MESSAGE).body()).isEqualTo("hello");
    }

    @Test
    void stackOverflowInHandler_isContained() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        runtime.openRoom(RoomId.of("r")).install(HandlerSpec.of("deep", (m, ctx) -> recurse(0)));

        Outcome first = send("r", "one");
        Outcome second = send("r", "two");

        assertThat(first.trace().getFirst().failure()).contains("StackOverflowError");
        assertThat(second.status()).isEqualTo(Outcome.Status.DELIVERED);
    }

    private static Verdict recurse(int depth) {
        return depth < Integer.MAX_VALUE ? recurse(depth + 1) : Verdict.pass();
    }

    @Test
    void slowHandlerInOneRoom_doesNotHoldUpRoomsOnOtherLanes() throws Exception {
        runtime = BanterRuntime.newBuilder().lanes(2).build();
        Room slow = runtime.openRoom(RoomId.of("slow"));
        Room fast = null;
        for (int i = 0; fast == null; i++) {
            Room candidate = runtime.openRoom(RoomId.of("fast-" + i));
            if (candidate.lane() != slow.lane()) {
                fast = candidate;
            }
        }
        CountDownLatch release = new CountDownLatch(1);
        slow.install(HandlerSpec.of("stuck", (m, ctx) -> {
            release.await();
            return Verdict.pass();
        }));
        CompletableFuture<Outcome> stuck =
                runtime.submit(chat("slow", "alice", "wait")).toCompletableFuture();

        List<CompletableFuture<Outcome>> others = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            others.add(runtime.submit(chat(fast.id().value(), "bob", "m" + i)).toCompletableFuture());
        }
        CompletableFuture.allOf(others.toArray(new CompletableFuture<?>[0])).get(20, TimeUnit.SECONDS);

        assertThat(stuck).isNotDone();
        assertThat(others).allSatisfy(f -> assertThat(f.join().delivered()).isTrue());
        release.countDown();
        assertThat(stuck.get(20, TimeUnit.SECONDS).delivered()).isTrue();
    }
}
