package dev.banter.core.internal.lanes;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread and its task queue. Every room pinned to a lane runs its events here, one at a time, so a room's
 * state needs no lock. The queue is lock-free: submitters from any number of rooms never block each other.
 */
public final class Lane implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(Lane.class);
    private static final int SPINS_BEFORE_PARK = 64;

    private final int index;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final LaneThread thread;
    private volatile boolean sleeping;
    private volatile boolean stopping;

    Lane(int index, String namePrefix) {
        this.index = index;
        this.thread = new LaneThread(this::run, namePrefix + index, this);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The lane's position in its pool. */
    public int index() {
        return index;
    }

    /** Queues a task; runs after every task queued before it. */
    @Override
    public void execute(Runnable task) {
        tasks.offer(task);
        if (sleeping) {
            LockSupport.unpark(thread);
        }
    }

    /** Whether the calling thread is this lane's worker. */
    public boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /** Lets the worker finish every queued task, then end. */
    void stop() {
        stopping = true;
        LockSupport.unpark(thread);
    }

    void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    private void run() {
        int idle = 0;
        while (true) {
            Runnable task = tasks.poll();
            if (task != null) {
                idle = 0;
                runSafely(task);
                continue;
            }
            if (stopping) {
                return;
            }
            if (++idle < SPINS_BEFORE_PARK) {
                Thread.onSpinWait();
                continue;
            }
            // Publish "sleeping" before the last look, so a producer either sees it or we see its task.
            sleeping = true;
            if (tasks.isEmpty() && !stopping) {
                LockSupport.park(this);
            }
            sleeping = false;
            idle = 0;
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            // Tasks contain their own failures; anything here is an engine bug, and the lane must survive it.
            LOG.error("lane {} task failed", index, t);
            if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
                throw vme;
            }
        }
    }
}
