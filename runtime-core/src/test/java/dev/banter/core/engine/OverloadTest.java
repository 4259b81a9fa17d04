package dev.banter.core.engine;

import static dev.banter.core.engine.Msgs.chat;
import static dev.banter.core.engine.Msgs.enter;
import static dev.banter.core.engine.Msgs.stats;
import static dev.banter.core.engine.Msgs.tip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.metrics.RoomMetrics;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.types.BuiltinTypes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverloadTest {

    private BanterRuntime runtime;

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    /** Installs a chat handler that blocks the room's lane on its first message until released. */
    private CompletableFuture<Outcome> blockLane(Room room, CountDownLatch started, CountDownLatch release) {
        room.install(HandlerSpec.of("blocker", (m, ctx) -> {
            if (m.payload(BuiltinTypes.CHAT_MESSAGE).body().equals("block")) {
                started.countDown();
                release.await();
            }
            return Verdict.pass();
        }));
        CompletableFuture<Outcome> f =
                runtime.submit(chat(room.id().value(), "alice", "block")).toCompletableFuture();
        try {
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return f;
    }

    @Test
    void chatBeyondTheBound_getsAnExplicitOverloadedOutcome() throws Exception {
        runtime = BanterRuntime.newBuilder().lanes(1).roomQueueBound(10).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Outcome> blocked = blockLane(room, new CountDownLatch(1), release);

        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            outcomes.add(runtime.submit(chat("r", "bob", "m" + i)).toCompletableFuture());
        }
        List<Outcome> refused =
                outcomes.subList(10, 15).stream().map(CompletableFuture::join).toList();
        assertThat(refused).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(Outcome.Status.OVERLOADED);
            assertThat(o.reason()).contains("10 events waiting");
        });
        assertThat(room.queueDepth()).isEqualTo(11);

        release.countDown();
        assertThat(blocked.get(10, TimeUnit.SECONDS).delivered()).isTrue();
        for (CompletableFuture<Outcome> f : outcomes.subList(0, 10)) {
            assertThat(f.get(10, TimeUnit.SECONDS).delivered()).isTrue();
        }
        RoomMetrics metrics = runtime.metrics().rooms().get(RoomId.of("r"));
        assertThat(metrics.overloaded()).isEqualTo(5);
        assertThat(metrics.accepted()).isEqualTo(11);
        assertThat(metrics.delivered()).isEqualTo(11);
    }

    @Test
    void coalescing_keepsTheNewestPerKeyWithExactCounters() throws Exception {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        ConcurrentHashMap<String, Long> lastStats = new ConcurrentHashMap<>();
        AtomicInteger enters = new AtomicInteger();
        room.install(HandlerSpec.of("stats", (m, ctx) -> {
                    lastStats.put("viewers", m.payload(BuiltinTypes.ROOM_STATS).viewers());
                    return Verdict.pass();
                })
                .on(Subscription.to("room.stats"))
                .observe());
        room.install(HandlerSpec.of("greeter", (m, ctx) -> {
                    enters.incrementAndGet();
                    return Verdict.pass();
                })
                .on(Subscription.to("user.enter"))
                .observe());
        CountDownLatch release = new CountDownLatch(1);
        blockLane(room, new CountDownLatch(1), release);

        List<CompletableFuture<Outcome>> statsOutcomes = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            statsOutcomes.add(runtime.submit(stats("r", i)).toCompletableFuture());
        }
        for (int i = 0; i < 10; i++) {
            for (String user : List.of("ann", "ben", "cat")) {
                runtime.submit(enter("r", user));
            }
        }
        release.countDown();
        Outcome last = statsOutcomes.getLast().get(10, TimeUnit.SECONDS);

        assertThat(last.delivered()).isTrue();
        assertThat(statsOutcomes.subList(0, 99))
                .allSatisfy(f -> assertThat(f.join().status()).isEqualTo(Outcome.Status.COALESCED));
        assertThat(lastStats.get("viewers")).isEqualTo(100L);
        room.close().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(enters.get()).isEqualTo(3);
    }

    @Test
    void coalescingCounters_areExactInMetrics() throws Exception {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        CountDownLatch release = new CountDownLatch(1);
        blockLane(room, new CountDownLatch(1), release);
        for (int i = 0; i < 50; i++) {
            runtime.submit(stats("r", i));
        }
        for (int i = 0; i < 7; i++) {
            runtime.submit(enter("r", "ann"));
            runtime.submit(enter("r", "ben"));
        }
        release.countDown();
        runtime.submit(chat("r", "x", "flush")).toCompletableFuture().get(10, TimeUnit.SECONDS);
        RoomMetrics after = runtime.metrics().rooms().get(RoomId.of("r"));

        assertThat(after.coalesced()).isEqualTo(49 + 6 + 6);
        assertThat(after.accepted()).isEqualTo(1 + 50 + 14 + 1);
        assertThat(after.delivered()).isEqualTo(1 + 1 + 2 + 1);
        assertThat(after.byType()).containsEntry("room.stats", 1L).containsEntry("user.enter", 2L);
    }

    @Test
    void coalescingTypeBeyondTheBoundWithNothingToReplace_isDroppedAndCounted() throws Exception {
        runtime = BanterRuntime.newBuilder().lanes(1).roomQueueBound(2).build();
        Room room = runtime.openRoom(RoomId.of("r"));
        CountDownLatch release = new CountDownLatch(1);
        blockLane(room, new CountDownLatch(1), release);
        runtime.submit(chat("r", "a", "1"));
        runtime.submit(chat("r", "a", "2"));

        Outcome dropped =
                runtime.submit(enter("r", "ann")).toCompletableFuture().join();

        assertThat(dropped.status()).isEqualTo(Outcome.Status.DROPPED);
        release.countDown();
        room.close().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void criticalEvents_areNeverDroppedUnderAFloodWithASlowHandler() throws Exception {
        runtime = BanterRuntime.newBuilder()
                .lanes(2)
                .criticalQueueBound(16)
                .criticalOfferTimeout(Duration.ZERO)
                .build();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger backpressured = new AtomicInteger();
        for (String r : List.of("a", "b")) {
            runtime.openRoom(RoomId.of(r))
                    .install(HandlerSpec.of("slow-thanks", (m, ctx) -> {
                                Thread.sleep(0, 200_000);
                                seen.add(m.payload(BuiltinTypes.TIP).note());
                                return Verdict.pass();
                            })
                            .on(Subscription.to("tip"))
                            .observe());
        }
        int perThread = 400;
        List<Thread> threads = new ArrayList<>();
        ConcurrentHashMap<String, CompletableFuture<Outcome>> accepted = new ConcurrentHashMap<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    String id = thread + "-" + i;
                    Message m = tip(thread % 2 == 0 ? "a" : "b", "fan" + thread, 5, id);
                    while (true) {
                        CompletableFuture<Outcome> f = runtime.submit(m).toCompletableFuture();
                        // A refusal is answered at once; an accepted event completes later.
                        if (f.isDone() && f.join().status() == Outcome.Status.BACKPRESSURE) {
                            backpressured.incrementAndGet();
                            continue; // the caller still owns it: retry
                        }
                        accepted.put(id, f);
                        break;
                    }
                }
            });
            worker.start();
            threads.add(worker);
        }
        for (Thread worker : threads) {
            worker.join(120_000);
        }

        assertThat(accepted).hasSize(4 * perThread);
        CompletableFuture.allOf(accepted.values().toArray(new CompletableFuture<?>[0]))
                .get(60, TimeUnit.SECONDS);
        assertThat(accepted.values())
                .allSatisfy(f -> assertThat(f.join().delivered()).isTrue());
        assertThat(backpressured.get())
                .as("the flood must have met backpressure")
                .isPositive();
        Set<String> expected = new HashSet<>(accepted.keySet());
        assertThat(seen).isEqualTo(expected);
        long counted = runtime.metrics().rooms().values().stream()
                .mapToLong(RoomMetrics::backpressured)
                .sum();
        assertThat(counted).isEqualTo(backpressured.get());
        assertThat(runtime.metrics().rooms().values().stream()
                        .mapToLong(RoomMetrics::dropped)
                        .sum())
                .isZero();
    }
}
