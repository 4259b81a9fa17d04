package dev.banter.core.internal.lanes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread and its task queue. Every room pinned to a lane runs its events here, one at a time, so a room's
 * state needs no lock. The queue is lock-free: submitters from any number of rooms never block each other.
 *
 * <p>Tasks of one {@link LaneGroup} (one room's) run in the order they were queued; tasks of different groups may
 * run in another order. When the worker finds a backlog, it takes up to {@value #BACKLOG} queued tasks at once and
 * runs them in turns: each group with tasks in the backlog runs up to {@value #TURN} of them in a row, or fewer once
 * they took half a millisecond, then the next group in the order of their first task, round after round until the
 * backlog is done. A room whose events wait behind other rooms' thus runs several back to back, while its handlers'
 * code and data are still in the processor's caches; no room holds the lane for more than {@value #TURN} of its
 * tasks, or for more than one slow task, while others in the backlog wait; and a
 * task queued later waits for the backlog, as it would in plain order. A task without a group keeps its place: the
 * tasks taken before it run first, and the tasks after it are taken once it ran. With no backlog the worker runs each
 * task as it comes.
 *
 * <p>An idle worker spins briefly, then yields a few times, then parks. A submitter wakes a parked worker only if it
 * is the one that flips the worker's state from parked to running, so a burst of submits to an idle lane costs one
 * unpark, not one per submit.
 */
public final class Lane implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(Lane.class);
    /** The most queued tasks the worker takes at once to sort into turns. */
    static final int BACKLOG = 4096;
    /** The most tasks of one group that run in a row while other groups in the backlog wait. */
    static final int TURN = 16;
    /** A turn ends early once its tasks took this long: a slow room gives way after one task. */
    static final long TURN_NANOS = 500_000;

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

    // Worker-confined: the groups of the current backlog with tasks left, in turn order.
    private @Nullable LaneGroup lineHead;
    private @Nullable LaneGroup lineTail;

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
        enqueue(new RunnableTask(null, task));
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
                runFrom(task);
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

    /** Runs {@code first} and, if more tasks are queued behind it, the backlog it starts, in turns. */
    private void runFrom(LaneTask first) {
        if (first.group == null) {
            runSafely(first);
            return;
        }
        LaneTask second = tasks.poll();
        if (second == null) {
            runSafely(first); // no backlog: the common case under light load
            return;
        }
        join(first);
        LaneTask barrier = null;
        LaneTask t = second;
        for (int taken = 1; t != null; t = tasks.poll()) {
            if (t.group == null) {
                barrier = t;
                break;
            }
            join(t);
            if (++taken == BACKLOG) {
                break;
            }
        }
        runTurns();
        if (barrier != null) {
            runSafely(barrier);
        }
    }

    /** Adds a task to its group's turn, and the group to the line if it was not in it. */
    private void join(LaneTask task) {
        LaneGroup g = task.group;
        LaneTask last = g.turnLast;
        if (last == null) {
            g.turnFirst = task;
            enterLine(g);
        } else {
            last.nextInTurn = task;
        }
        g.turnLast = task;
    }

    private void enterLine(LaneGroup g) {
        if (lineTail == null) {
            lineHead = g;
        } else {
            lineTail.nextInLine = g;
        }
        lineTail = g;
    }

    /**
     * Runs the groups in line, up to {@link #TURN} tasks or {@link #TURN_NANOS} each per round, until every group's
     * turn is done.
     */
    private void runTurns() {
        LaneGroup g;
        while ((g = lineHead) != null) {
            lineHead = g.nextInLine;
            if (lineHead == null) {
                lineTail = null;
            }
            g.nextInLine = null;
            long start = System.nanoTime();
            for (int i = 0; i < TURN; i++) {
                LaneTask t = g.turnFirst;
                if (t == null) {
                    break;
                }
                g.turnFirst = t.nextInTurn;
                t.nextInTurn = null;
                runSafely(t);
                if (System.nanoTime() - start >= TURN_NANOS) {
                    break;
                }
            }
            if (g.turnFirst == null) {
                g.turnLast = null;
            } else {
                enterLine(g);
            }
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

    /** Queues a task of {@code group}: it runs after the group's tasks queued before it. */
    public void execute(LaneGroup group, Runnable task) {
        enqueue(new RunnableTask(group, task));
    }

    /** A plain runnable in a node of its own. */
    private static final class RunnableTask extends LaneTask {
        private final Runnable task;

        RunnableTask(@Nullable LaneGroup group, Runnable task) {
            super(group);
            this.task = task;
        }

        @Override
        public void run() {
            task.run();
        }
    }
}
