package dev.banter.sandbox.graal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears when a collection leaves the heap fuller than a threshold (80% of the maximum by default, set with the
 * system property {@code banter.sandbox.heapPressure}, a fraction) and tells the sandbox, which cancels the instances
 * that allocated past their heap ceiling since the last calm moment.
 */
final class HeapGuard implements NotificationListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeapGuard.class);

    private final Runnable onPressure;
    private final NotificationEmitter emitter;

    HeapGuard(Runnable onPressure) {
        this.onPressure = onPressure;
        double fraction = Double.parseDouble(System.getProperty("banter.sandbox.heapPressure", "0.8"));
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
            }
        }
        this.emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener(this, null, null);
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
            LOG.warn("the heap is short after a collection; cancelling extension instances over their heap ceiling");
            onPressure.run();
        }
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(this);
        } catch (ListenerNotFoundException e) {
            // already gone
        }
    }
}
