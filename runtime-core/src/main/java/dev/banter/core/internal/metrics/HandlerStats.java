package dev.banter.core.internal.metrics;

import dev.banter.api.handler.VerdictKind;
import dev.banter.api.metrics.HandlerMetrics;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;

/** One handler's counters on one lane; written only by that lane. */
public final class HandlerStats {

    private final long[] verdicts;
    private final Latency latency;

    public HandlerStats() {
        this(new long[VerdictKind.values().length], Latency.precise());
    }

    private HandlerStats(long[] verdicts, Latency latency) {
        this.verdicts = verdicts;
        this.latency = latency;
    }

    public void record(VerdictKind verdict, long nanos) {
        verdicts[verdict.ordinal()]++;
        latency.record(nanos);
    }

    /** A copy, taken on the lane, to merge elsewhere. */
    public HandlerStats copy() {
        return new HandlerStats(verdicts.clone(), latency.copy());
    }

    /** Merges lane copies into one public view. */
    public static HandlerMetrics merge(List<HandlerStats> parts) {
        long[] sum = new long[VerdictKind.values().length];
        AbstractHistogram h = Latency.mergeTarget();
        for (HandlerStats part : parts) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += part.verdicts[i];
            }
            part.latency.addTo(h);
        }
        long invocations = 0;
        for (long v : sum) {
            invocations += v;
        }
        return new HandlerMetrics(
                invocations,
                sum[VerdictKind.PASS.ordinal()],
                sum[VerdictKind.MODIFY.ordinal()],
                sum[VerdictKind.REJECT.ordinal()],
                sum[VerdictKind.STOP.ordinal()],
                sum[VerdictKind.FAILED.ordinal()],
                Latency.summarize(h));
    }
}
