package dev.banter.core.engine;

import static dev.banter.core.engine.Msgs.body;
import static dev.banter.core.engine.Msgs.chat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Verdict;
import dev.banter.api.room.RoomId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OrderingTest {

    private static final int ROOMS = 120;
    private static final int THREADS = 6;
    private static final int PER_THREAD = 1_200;

    @Test
    void submit_keepsEachSubmittersOrderPerRoomUnderConcurrency() throws Exception {
        Map<String, ConcurrentLinkedQueue<String>> seen = new ConcurrentHashMap<>();
        Map<String, ConcurrentLinkedQueue<String>> completed = new ConcurrentHashMap<>();
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(3).build()) {
            for (int r = 0; r < ROOMS; r++) {
                String room = "room-" + r;
                seen.put(room, new ConcurrentLinkedQueue<>());
                completed.put(room, new ConcurrentLinkedQueue<>());
                runtime.openRoom(RoomId.of(room)).install(HandlerSpec.of("recorder", (m, ctx) -> {
                    seen.get(ctx.room().value()).add(body(m));
                    return Verdict.pass();
                }));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            ConcurrentLinkedQueue<CompletableFuture<Outcome>> futures = new ConcurrentLinkedQueue<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < PER_THREAD; i++) {
                        String room = "room-" + ((i * 7 + thread) % ROOMS);
                        String body = thread + ":" + i;
                        CompletableFuture<Outcome> f =
                                runtime.submit(chat(room, "u" + thread, body)).toCompletableFuture();
                        f.thenAccept(o -> completed.get(room).add(body(o.message())));
                        futures.add(f);
                    }
                });
                worker.start();
                threads.add(worker);
            }
            start.countDown();
            for (Thread worker : threads) {
                worker.join();
            }
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]))
                    .get(60, TimeUnit.SECONDS);
            assertThat(futures).allSatisfy(f -> assertThat(f.join().status()).isEqualTo(Outcome.Status.DELIVERED));
        }
        long total = 0;
        for (String room : seen.keySet()) {
            List<String> handled = List.copyOf(seen.get(room));
            total += handled.size();
            assertInSubmitterOrder(room, handled);
            // Outcomes complete on the lane right after the chain, so each submitter sees them in its own order.
            List<String> done = List.copyOf(completed.get(room));
            assertThat(done).hasSameSizeAs(handled);
            assertInSubmitterOrder(room, done);
        }
        assertThat(total).isEqualTo((long) THREADS * PER_THREAD);
    }

    private static void assertInSubmitterOrder(String room, List<String> handled) {
        int[] last = new int[THREADS];
        Arrays.fill(last, -1);
        for (String body : handled) {
            int thread = Integer.parseInt(body.substring(0, body.indexOf(':')));
            int seq = Integer.parseInt(body.substring(body.indexOf(':') + 1));
            assertThat(seq).as("room %s, submitter %d", room, thread).isGreaterThan(last[thread]);
            last[thread] = seq;
        }
    }

    @Test
    void submit_runsOneRoomStrictlyInOrderFromOneSubmitter() throws Exception {
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(2).build()) {
            runtime.openRoom(RoomId.of("solo")).install(HandlerSpec.of("rec", (m, ctx) -> {
                seen.add(body(m));
                return Verdict.pass();
            }));
            List<CompletableFuture<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                futures.add(runtime.submit(chat("solo", "alice", "m" + i)).toCompletableFuture());
            }
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]))
                    .get(30, TimeUnit.SECONDS);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            expected.add("m" + i);
        }
        assertThat(List.copyOf(seen)).isEqualTo(expected);
    }
}
