package dev.banter.core.internal.metrics;

import dev.banter.api.metrics.TypeMetrics;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;

/** One message type's counters on one lane; written only by that lane. */
public final class TypeStats {

    private long processed;
    private long delivered;
    private long rejected;
    private final Latency latency;

    public TypeStats() {
        this.latency = Latency.precise();
    }

    private TypeStats(TypeStats from) {
        processed = from.processed;
        delivered = from.delivered;
        rejected = from.rejected;
        latency = from.latency.copy();
    }

    public void record(boolean wasDelivered, long chainNanos) {
        processed++;
        if (wasDelivered) {
            delivered++;
        } else {
            rejected++;
        }
        latency.record(chainNanos);
    }

    public TypeStats copy() {
        return new TypeStats(this);
    }

    public static TypeMetrics merge(List<TypeStats> parts) {
        long p = 0;
        long d = 0;
        long r = 0;
        AbstractHistogram h = Latency.mergeTarget();
        for (TypeStats part : parts) {
            p += part.processed;
            d += part.delivered;
            r += part.rejected;
            part.latency.addTo(h);
        }
        return new TypeMetrics(p, d, r, Latency.summarize(h));
    }
}
