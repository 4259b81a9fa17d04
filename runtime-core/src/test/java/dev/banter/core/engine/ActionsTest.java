package dev.banter.core.engine;

import static dev.banter.core.engine.Msgs.chat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Ban;
import dev.banter.api.action.Notice;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Verdict;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.metrics.RoomMetrics;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import dev.banter.api.types.BuiltinTypes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActionsTest {

    private BanterRuntime runtime;

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private static HandlerSpec noticer(String id, Permission... granted) {
        return HandlerSpec.of(id, (m, ctx) -> {
                    ctx.notice(id + ": " + m.payload(BuiltinTypes.CHAT_MESSAGE).body());
                    return Verdict.pass();
                })
                .grant(granted);
    }

    @Test
    void emit_withoutPermission_isRefusedCountedAndContained() {
        ConcurrentLinkedQueue<ActionEnvelope> sunk = new ConcurrentLinkedQueue<>();
        runtime = BanterRuntime.newBuilder().lanes(1).actionSink(sunk::add).build();
        runtime.openRoom(RoomId.of("r")).install(noticer("mute-bot"));
        runtime.room(RoomId.of("r"))
                .orElseThrow()
                .install(HandlerSpec.of("banner", (m, ctx) -> {
                            try {
                                ctx.emit(new Ban("alice", "spam"));
                            } catch (SecurityException e) {
                                ctx.notice("denied: " + e.getMessage());
                            }
                            return Verdict.pass();
                        })
                        .grant(Permission.NOTICE));

        Outcome outcome =
                runtime.submit(chat("r", "alice", "hi")).toCompletableFuture().join();

        assertThat(outcome.trace().get(0).verdict()).isEqualTo(VerdictKind.FAILED);
        assertThat(outcome.trace().get(0).failure()).contains("SecurityException", "'mute-bot'", "'notice'");
        assertThat(outcome.actions()).hasSize(1);
        Notice denied = (Notice) outcome.actions().getFirst();
        assertThat(denied.text()).contains("denied", "'banner'", "moderation.ban");
        assertThat(sunk).hasSize(1);
        assertThat(runtime.metrics().rooms().get(RoomId.of("r")).permissionDenials())
                .isEqualTo(2);
    }

    @Test
    void actions_reachTheSinkInEmissionOrderPerRoom_withSequenceNumbers() {
        CopyOnWriteArrayList<ActionEnvelope> sunk = new CopyOnWriteArrayList<>();
        runtime = BanterRuntime.newBuilder().lanes(2).actionSink(sunk::add).build();
        for (String r : List.of("a", "b", "c")) {
            runtime.openRoom(RoomId.of(r))
                    .install(HandlerSpec.of("twice", (m, ctx) -> {
                                String body =
                                        m.payload(BuiltinTypes.CHAT_MESSAGE).body();
                                ctx.notice(body + "/1");
                                ctx.notice(body + "/2");
                                return Verdict.pass();
                            })
                            .grant(Permission.NOTICE));
        }
        List<CompletableFuture<Outcome>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            for (String r : List.of("a", "b", "c")) {
                all.add(runtime.submit(chat(r, "u", "m" + i)).toCompletableFuture());
            }
        }
        all.forEach(CompletableFuture::join);

        for (String r : List.of("a", "b", "c")) {
            List<ActionEnvelope> mine =
                    sunk.stream().filter(e -> e.room().value().equals(r)).toList();
            assertThat(mine).hasSize(400);
            for (int i = 0; i < mine.size(); i++) {
                ActionEnvelope e = mine.get(i);
                assertThat(e.sequence()).isEqualTo(i + 1);
                assertThat(((Notice) e.action()).text()).isEqualTo("m" + (i / 2) + "/" + (i % 2 + 1));
                assertThat(e.handlerId()).isEqualTo("twice");
            }
        }
    }

    @Test
    void failingSink_isRetriedWithBackoff_andOrderIsKept() throws Exception {
        CopyOnWriteArrayList<String> delivered = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(3);
        ActionSink flaky = envelope -> {
            String text = ((Notice) envelope.action()).text();
            if (text.equals("noticer: m0") && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("host busy");
            }
            delivered.add(text);
        };
        runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .actionSink(flaky)
                .actionRetry(5, Duration.ofMillis(5), Duration.ofMillis(40))
                .build();
        runtime.openRoom(RoomId.of("r")).install(noticer("noticer", Permission.NOTICE));

        for (int i = 0; i < 5; i++) {
            runtime.submit(chat("r", "alice", "m" + i)).toCompletableFuture().join();
        }
        awaitSize(delivered, 5);
        RoomMetrics metrics = runtime.metrics().rooms().get(RoomId.of("r"));

        assertThat(delivered)
                .containsExactly("noticer: m0", "noticer: m1", "noticer: m2", "noticer: m3", "noticer: m4");
        assertThat(metrics.actionRetries()).isEqualTo(3);
        assertThat(metrics.actionsDelivered()).isEqualTo(5);
        assertThat(metrics.actionsUndeliverable()).isZero();
    }

    @Test
    void sinkThatNeverRecovers_givesUpAfterMaxAttempts_reportsIt_andGoesOn() throws Exception {
        CopyOnWriteArrayList<String> delivered = new CopyOnWriteArrayList<>();
        CopyOnWriteArrayList<String> givenUp = new CopyOnWriteArrayList<>();
        AtomicInteger attemptsOnPoison = new AtomicInteger();
        ActionSink sink = new ActionSink() {
            @Override
            public void deliver(ActionEnvelope envelope) {
                String text = ((Notice) envelope.action()).text();
                if (text.endsWith("poison")) {
                    attemptsOnPoison.incrementAndGet();
                    throw new IllegalStateException("cannot");
                }
                delivered.add(text);
            }

            @Override
            public void undeliverable(ActionEnvelope envelope, Throwable lastFailure) {
                givenUp.add(((Notice) envelope.action()).text() + " <- " + lastFailure.getMessage());
            }
        };
        runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .actionSink(sink)
                .actionRetry(4, Duration.ofMillis(2), Duration.ofMillis(10))
                .build();
        runtime.openRoom(RoomId.of("r")).install(noticer("n", Permission.NOTICE));

        runtime.submit(chat("r", "a", "first")).toCompletableFuture().join();
        runtime.submit(chat("r", "a", "poison")).toCompletableFuture().join();
        runtime.submit(chat("r", "a", "after")).toCompletableFuture().join();
        awaitSize(delivered, 2);
        RoomMetrics metrics = runtime.metrics().rooms().get(RoomId.of("r"));

        assertThat(delivered).containsExactly("n: first", "n: after");
        assertThat(givenUp).containsExactly("n: poison <- cannot");
        assertThat(attemptsOnPoison.get()).isEqualTo(4);
        assertThat(metrics.actionsUndeliverable()).isEqualTo(1);
        assertThat(metrics.actionRetries()).isEqualTo(3);
        assertThat(metrics.actionsDelivered()).isEqualTo(2);
    }

    /** Waits up to 10 s for retries on the timer thread to bring {@code list} to {@code size}. */
    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
