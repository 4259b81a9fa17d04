package dev.banter.bench.load;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * GC pauses from the garbage collectors' JMX notifications, and the heap in use. Collections whose collector name
 * says they are concurrent ({@code G1 Concurrent GC}, {@code ZGC ... Cycles}) run beside the application and are
 * counted apart from pauses, and so are the collections this tool forces through {@code System.gc()} to measure
 * the heap. Close it to stop listening.
 */
final class GcWatch implements AutoCloseable, NotificationListener {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final Recorder pauses = new Recorder(3);
    private final AtomicLong concurrent = new AtomicLong();
    private final AtomicLong forced = new AtomicLong();
    private final LongAccumulator maxHeap = new LongAccumulator(Math::max, 0);

    GcWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        String name = info.getGcName();
        if ("System.gc()".equals(info.getGcCause())) {
            forced.incrementAndGet(); // the tool's own sampling (set-up, soak), not the runtime's
        } else if (name.contains("Concurrent") || name.contains("Cycles")) {
            concurrent.incrementAndGet();
        } else {
            pauses.recordValue(Math.max(0, info.getGcInfo().getDuration()) * 1_000); // ms to µs
        }
    }

    /** Pause durations in microseconds since the last call. */
    Histogram pauseInterval() {
        return pauses.getIntervalHistogram();
    }

    void reset() {
        pauses.reset();
        concurrent.set(0);
        maxHeap.reset();
    }

    /** Collections forced through {@code System.gc()}, which are not counted as pauses. */
    long forcedCollections() {
        return forced.get();
    }

    long concurrentCycles() {
        return concurrent.get();
    }

    /** The heap in use now, also kept as the largest seen since {@link #reset}. */
    long heapUsed() {
        long used = memory.getHeapMemoryUsage().getUsed();
        maxHeap.accumulate(used);
        return used;
    }

    long maxHeapUsed() {
        return maxHeap.get();
    }

    /** The heap in use after a few full collections, for memory per instance. */
    long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
