package dev.banter.core.internal.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TaskQueueTest {

    /** A task that only remembers who made it and in which position. */
    private static final class Item extends LaneTask {
        final int producer;
        final int seq;

        Item(int producer, int seq) {
            this.producer = producer;
            this.seq = seq;
        }

        @Override
        public void run() {}
    }

    @Example
    void empty_pollsNull() {
        TaskQueue q = new TaskQueue();
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.poll()).isNull();
    }

    /** One thread interleaving offers and polls sees plain FIFO behaviour. */
    @Property(tries = 200)
    void singleThread_isFifo(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 3) Integer> ops) {
        TaskQueue q = new TaskQueue();
        List<Item> model = new ArrayList<>();
        int seq = 0;
        for (int op : ops) {
            if (op == 0) {
                Item polled = (Item) q.poll();
                if (model.isEmpty()) {
                    assertThat(polled).isNull();
                } else {
                    assertThat(polled).isSameAs(model.removeFirst());
                }
            } else {
                Item item = new Item(0, seq++);
                q.offer(item);
                model.add(item);
            }
            assertThat(q.isEmpty()).isEqualTo(model.isEmpty());
        }
        for (Item expected : model) {
            assertThat(q.poll()).isSameAs(expected);
        }
        assertThat(q.poll()).isNull();
        assertThat(q.isEmpty()).isTrue();
    }

    /** Many producers racing one consumer: nothing lost, nothing twice, each producer's tasks in its order. */
    @Property(tries = 12)
    void manyProducers_noLossAndPerProducerOrder(
            @ForAll @IntRange(min = 2, max = 8) int producers, @ForAll @IntRange(min = 1, max = 20_000) int each)
            throws InterruptedException {
        TaskQueue q = new TaskQueue();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                for (int i = 0; i < each; i++) {
                    q.offer(new Item(producer, i));
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        int[] nextSeq = new int[producers];
        int total = producers * each;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int got = 0; got < total; ) {
            Item item = (Item) q.poll();
            if (item == null) {
                assertThat(System.nanoTime()).as("consumer timed out").isLessThan(deadline);
                Thread.onSpinWait();
                continue;
            }
            assertThat(item.seq).as("producer %d", item.producer).isEqualTo(nextSeq[item.producer]);
            nextSeq[item.producer]++;
            got++;
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(q.poll()).isNull();
        assertThat(q.isEmpty()).isTrue();
        for (int p = 0; p < producers; p++) {
            assertThat(nextSeq[p]).isEqualTo(each);
        }
    }

    /**
     * The lane parks when idle and every task still runs, in per-producer order: producers that pause now and then
     * make the worker go through spin, yield and park over and over, so a lost wake-up would hang the test.
     */
    @Example
    void lane_parksAndWakes_withoutLosingTasks() throws InterruptedException {
        LanePool pool = new LanePool(1, "task-queue-test-");
        try {
            Lane lane = pool.get(0);
            int producers = 4;
            int each = 2_000;
            int[] nextSeq = new int[producers];
            AtomicInteger misordered = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(producers * each);
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int producer = p;
                Thread t = new Thread(() -> {
                    for (int i = 0; i < each; i++) {
                        int seq = i;
                        lane.execute(() -> {
                            if (nextSeq[producer] != seq) { // lane-confined: only the worker touches nextSeq
                                misordered.incrementAndGet();
                            }
                            nextSeq[producer] = seq + 1;
                            done.countDown();
                        });
                        if (i % 97 == 0) {
                            LockSupport.parkNanos(200_000); // long enough for the idle worker to park
                        }
                    }
                });
                t.start();
                threads.add(t);
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).as("every task ran").isTrue();
            for (Thread t : threads) {
                t.join();
            }
            assertThat(misordered.get()).isZero();
        } finally {
            pool.shutdown(5, TimeUnit.SECONDS);
        }
    }
}
