package dev.banter.core.internal.lanes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread and its task queue. Every room pinned to a lane runs its events here, one at a time, so a room's
 * state needs no lock. The queue is lock-free: submitters from any number of rooms never block each other.
 *
 * <p>An idle worker spins briefly, then yields a few times, then parks. A submitter wakes a parked worker only if it
 * is the one that flips the worker's state from parked to running, so a burst of submits to an idle lane costs one
 * unpark, not one per submit.
 */
public final class Lane implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(Lane.class);
    private static final int SPINS_BEFORE_YIELD = 64;
    private static final int YIELDS_BEFORE_PARK = 16;
    private static final int RUNNING = 0;
    private static final int PARKED = 1;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Lane.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int index;
    private final TaskQueue tasks = new TaskQueue();
    private final LaneThread thread;
    /** {@link #PARKED} from just before the worker's last look at the queue until it runs again. */
    private volatile int state = RUNNING;

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
        enqueue(new RunnableTask(task));
    }

    /**
     * Queues an engine task without wrapping it; runs after every task queued before it. A {@link LaneTask} may be
     * queued once only.
     */
    public void enqueue(LaneTask task) {
        tasks.offer(task);
        if (state == PARKED && STATE.compareAndSet(this, PARKED, RUNNING)) {
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
            LaneTask task = tasks.poll();
            if (task != null) {
                idle = 0;
                runSafely(task);
                continue;
            }
            if (stopping && tasks.isEmpty()) {
                return;
            }
            idle++;
            if (idle < SPINS_BEFORE_YIELD) {
                Thread.onSpinWait();
                continue;
            }
            if (idle < SPINS_BEFORE_YIELD + YIELDS_BEFORE_PARK) {
                Thread.yield(); // lets a submitter sharing this core run before we pay for a park and an unpark
                continue;
            }
            // Announce the park before the last look, so a producer either sees PARKED or we see its task.
            state = PARKED;
            if (tasks.isEmpty() && !stopping) {
                LockSupport.park(this);
            }
            state = RUNNING;
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

    /** A plain runnable in a node of its own. */
    private static final class RunnableTask extends LaneTask {
        private final Runnable task;

        RunnableTask(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            task.run();
        }
    }
}
