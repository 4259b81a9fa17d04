package dev.banter.core.internal.lanes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.jspecify.annotations.Nullable;

/**
 * A lane's unbounded, lock-free, multi-producer single-consumer FIFO of {@link LaneTask}s, linked through the tasks
 * themselves (D. Vyukov's intrusive MPSC list).
 *
 * <p>{@link #offer} is one atomic exchange on the tail and one ordered store, wait-free for producers, who never touch
 * the head. {@link #poll} is called by the one consumer only and uses no atomic read-modify-write. The head always
 * points at a placeholder node: first a stub, then the task polled last, whose {@code next} link leads to the first
 * task not yet polled.
 *
 * <p>Tasks offered by one producer are polled in the order it offered them; tasks of different producers in the order
 * of their exchanges on the tail. Between a producer's exchange and its link store the queue holds that task but
 * {@link #poll} cannot reach it yet: {@link #poll} then answers null while {@link #isEmpty} answers false, and the
 * task shows up once the producer's next instruction has run.
 */
final class TaskQueue extends TaskQueuePadding {

    private static final VarHandle TAIL;
    private static final VarHandle NEXT;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            TAIL = lookup.findVarHandle(TaskQueue.class, "tail", LaneTask.class);
            NEXT = lookup.findVarHandle(LaneTask.class, "next", LaneTask.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Written by producers only, through {@link #TAIL}. */
    @SuppressWarnings("unused")
    private volatile LaneTask tail;

    TaskQueue() {
        LaneTask stub = new LaneTask() {
            @Override
            public void run() {}
        };
        head = stub;
        tail = stub;
    }

    /** Queues {@code task}, which must never have been queued before; any thread. */
    void offer(LaneTask task) {
        NEXT.set(task, null);
        LaneTask previous = (LaneTask) TAIL.getAndSet(this, task);
        NEXT.setRelease(previous, task);
    }

    /** The oldest reachable task, or null; the consumer only. */
    @Nullable
    LaneTask poll() {
        LaneTask placeholder = head;
        LaneTask next = (LaneTask) NEXT.getAcquire(placeholder);
        if (next == null) {
            return null;
        }
        head = next; // the polled task is the new placeholder
        // Unlink the old placeholder. Its link was written once, by the producer that queued `next`, so nobody
        // writes it again; left in place, a dead task promoted to the old generation would keep every task queued
        // after it reachable until an old-generation collection, and the young collections would copy them all.
        NEXT.setOpaque(placeholder, null);
        return next;
    }

    /**
     * Whether no task is queued, counting one whose producer has not linked it yet; the consumer only. A volatile
     * read of the tail: a consumer that announces it will park and then finds the queue empty is sure that any
     * producer offering afterwards sees the announcement.
     */
    boolean isEmpty() {
        return (LaneTask) TAIL.getVolatile(this) == head;
    }
}
