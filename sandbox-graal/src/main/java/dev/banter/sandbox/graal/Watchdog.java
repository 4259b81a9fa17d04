package dev.banter.sandbox.graal;

import dev.banter.api.handler.HandlerContext;
import dev.banter.api.message.Message;
import dev.banter.api.sandbox.LimitKind;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that watches every running invocation. Each worker owns a {@link Slot} it stamps at the start and end
 * of an invocation (plain field writes, then one volatile write); the watchdog polls the slots, and when one runs
 * past its deadline or allocates past its budget it marks the slot and hands the stop to a second thread, so one
 * stubborn context never delays the checks of the others. A scheduled task per invocation would cost far more.
 *
 * <p>A deadline counts the CPU time of the invocation's thread, so a garbage-collection pause or a busy machine that
 * keeps the thread off its core is not charged to the extension. The worker reads no CPU clock: the watchdog notes
 * the thread's CPU time when it first sees an invocation, counts the wall time before that (at most one period), and
 * adds the CPU time consumed since. An invocation that is not running at all (blocked in the host) is still stopped
 * once its wall time passes {@link #wallBackstop the backstop}. Where the JVM cannot read thread CPU time, the
 * deadline is wall time.
 *
 * <p>Wall time the watchdog itself could not watch is not charged either: when a poll comes more than {@link
 * #STALL_NANOS} later than its period asks, the whole JVM was most likely stopped (a full garbage collection, a
 * safepoint, a suspended machine), and the gap is left out of every invocation it fell in. Without that, a 2 s
 * stop-the-world collection would push every running invocation past the 1 s backstop.
 */
final class Watchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final boolean CPU_TIME;

    static {
        if (THREADS.isThreadAllocatedMemorySupported() && !THREADS.isThreadAllocatedMemoryEnabled()) {
            THREADS.setThreadAllocatedMemoryEnabled(true);
        }
        boolean cpu = THREADS.isThreadCpuTimeSupported();
        if (cpu && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        CPU_TIME = cpu && THREADS.isThreadCpuTimeEnabled();
    }

    /** A poll later than its period by more than this counts as a stall of the whole JVM. */
    static final long STALL_NANOS = 5_000_000;

    /** The wall time after which an invocation is stopped whatever its CPU time: ten deadlines, at least 1 s. */
    static long wallBackstop(long deadlineNanos) {
        return Math.max(10 * deadlineNanos, 1_000_000_000L);
    }

    /** Whether deadlines count thread CPU time here (else wall time). */
    static boolean countsCpuTime() {
        return CPU_TIME;
    }

    /**
     * Room ahead of a {@link Slot}'s fields. The workers' slots are made one after another, so without it the end of
     * one and the start of the next would share a cache line, and two lanes would write it on every invocation. 128
     * bytes, as processors that fetch lines in adjacent pairs need.
     */
    @SuppressWarnings("unused")
    abstract static class SlotPadding {
        long p00, p01, p02, p03, p04, p05, p06, p07;
        long p08, p09, p10, p11, p12, p13, p14, p15;
    }

    /** What one thread is running now. Written by that thread, read by the watchdog. */
    static final class Slot extends SlotPadding {
        private final Watchdog owner;
        private long startNanos;
        private long startStall;
        private long startAllocated;
        private long threadId;
        private long deadlineNanos;
        private long allocationLimit;
        private volatile @Nullable Invocable running;
        private volatile long invocation;
        private volatile @Nullable LimitKind tripped;
        private volatile long trippedMeasured;
        private volatile long trippedLimit;
        // What the worker runs now, set and cleared by the instance it calls; only the worker's thread touches them.
        @Nullable
        Message message;

        @Nullable
        HandlerContext handlerContext;
        // The watchdog's own notes on the invocation it saw last; only its thread touches them.
        private long seenInvocation = -1;
        private long seenWallNanos;
        private long seenCpuNanos;

        private Slot(Watchdog owner) {
            this.owner = owner;
        }

        void begin(Invocable target, long deadlineNanos, long allocationLimit) {
            this.threadId = Thread.currentThread().threadId();
            this.deadlineNanos = deadlineNanos;
            this.allocationLimit = allocationLimit;
            this.startAllocated = allocatedBytes();
            this.tripped = null;
            this.startNanos = System.nanoTime();
            this.startStall = owner.stalledNanos;
            this.invocation++;
            this.running = target; // publishes the fields above
        }

        /** Ends the invocation; answers the bytes it allocated. */
        long end() {
            running = null;
            return allocatedBytes() - startAllocated;
        }

        /** Whether {@code target} is still running the invocation numbered {@code n}. */
        boolean stillRunning(Invocable target, long n) {
            return running == target && invocation == n;
        }

        @Nullable
        LimitKind tripped() {
            return tripped;
        }

        long trippedMeasured() {
            return trippedMeasured;
        }

        long trippedLimit() {
            return trippedLimit;
        }

        void trip(LimitKind kind, long measured, long limit) {
            trippedMeasured = measured;
            trippedLimit = limit;
            tripped = kind;
        }
    }

    /** What the watchdog can stop. */
    interface Invocable {
        /** Stops the running invocation: interrupt, then cancel the context if it does not stop in time. */
        void stopRunning(Slot slot, long invocation);
    }

    private final Slot[] workers;
    private final Set<Slot> extra = ConcurrentHashMap.newKeySet();
    private final long periodNanos;
    private final Thread thread;
    // wall time the watchdog could not watch, summed (written by its thread only)
    private volatile long stalledNanos;
    private volatile long stallOnceNanos;
    private final ExecutorService stopper;
    private volatile boolean closed;

    Watchdog(int workerCount, Duration period) {
        this.workers = new Slot[workerCount];
        for (int i = 0; i < workerCount; i++) {
            workers[i] = new Slot(this);
        }
        this.periodNanos = period.toNanos();
        this.stopper = Executors.newSingleThreadExecutor(r -> daemon(r, "banter-sandbox-stopper"));
        this.thread = daemon(this::loop, "banter-sandbox-watchdog");
        thread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    static long allocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** The slot of a worker; only that worker's thread may use it. */
    Slot worker(int worker) {
        return workers[worker];
    }

    /** A slot for work outside the workers (loading on a host thread); give it back with {@link #release}. */
    Slot acquire() {
        Slot slot = new Slot(this);
        extra.add(slot);
        return slot;
    }

    void release(Slot slot) {
        extra.remove(slot);
    }

    /** Wall time the watchdog could not watch so far (see the class documentation). */
    long stalledNanos() {
        return stalledNanos;
    }

    /** For tests: the next poll sleeps this long first, as a stop of the whole JVM would make it. */
    void stallOnce(Duration stall) {
        stallOnceNanos = stall.toNanos();
    }

    private void loop() {
        long last = System.nanoTime();
        while (!closed) {
            LockSupport.parkNanos(periodNanos);
            long stall = stallOnceNanos;
            if (stall > 0) {
                stallOnceNanos = 0;
                LockSupport.parkNanos(stall);
            }
            long now = System.nanoTime();
            long late = now - last - periodNanos;
            last = now;
            if (late > STALL_NANOS) {
                stalledNanos += late;
            }
            for (Slot slot : workers) {
                check(slot, now);
            }
            for (Slot slot : extra) {
                check(slot, now);
            }
        }
    }

    private void check(Slot slot, long now) {
        Invocable target = slot.running;
        if (target == null || slot.tripped != null) {
            return;
        }
        long elapsed = elapsed(slot, now);
        if (elapsed > slot.deadlineNanos) {
            // rounded up: a run past a deadline of whole milliseconds reports more than the limit, never equal
            slot.trip(LimitKind.DEADLINE, (elapsed + 999_999) / 1_000_000, slot.deadlineNanos / 1_000_000);
        } else if (slot.allocationLimit > 0) {
            long allocated = THREADS.getThreadAllocatedBytes(slot.threadId) - slot.startAllocated;
            if (allocated <= slot.allocationLimit) {
                return;
            }
            slot.trip(LimitKind.ALLOCATION, allocated, slot.allocationLimit);
        } else {
            return;
        }
        try {
            long invocation = slot.invocation;
            stopper.execute(() -> target.stopRunning(slot, invocation));
        } catch (RuntimeException e) {
            LOG.warn("could not hand a stop to the stopper thread", e);
        }
    }

    /** The time charged to the slot's invocation so far; see the class documentation. */
    private long elapsed(Slot slot, long now) {
        long wall = now - slot.startNanos - (stalledNanos - slot.startStall);
        if (!CPU_TIME || wall > wallBackstop(slot.deadlineNanos)) {
            return wall;
        }
        long invocation = slot.invocation;
        long cpu = THREADS.getThreadCpuTime(slot.threadId);
        if (cpu < 0) {
            return wall; // the thread is gone
        }
        if (slot.seenInvocation != invocation) {
            slot.seenInvocation = invocation;
            slot.seenWallNanos = Math.min(wall, periodNanos);
            slot.seenCpuNanos = cpu;
        }
        return slot.seenWallNanos + (cpu - slot.seenCpuNanos);
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        stopper.shutdownNow();
    }
}
