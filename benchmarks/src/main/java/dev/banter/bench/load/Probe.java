package dev.banter.bench.load;

import dev.banter.api.handler.Outcome;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * What a run measures while it runs, written by the lanes (outcomes, actions) and the generator (sends), read by the
 * progress ticker and at the end of a phase. Latencies go into {@link LaneRecorder}s (an HdrHistogram recorder per
 * writing thread, so two lanes never write the same word to measure), in nanoseconds from the event's intended send
 * time, so a stalled generator or a full queue shows as latency instead of hiding it. Counters are {@link LongAdder}s;
 * a phase reads them as differences of snapshots.
 */
final class Probe implements ActionSink {

    static final Outcome.Status[] STATUSES = Outcome.Status.values();

    private final LaneRecorder outcomes = new LaneRecorder(3);
    private final LaneRecorder[] byKind = new LaneRecorder[EventKind.count()];
    private final LaneRecorder actions = new LaneRecorder(3);
    private final LaneRecorder lag = new LaneRecorder(3);
    private final LongAdder[] sent = adders(EventKind.count());
    private final LongAdder[] statuses = adders(EventKind.count() * STATUSES.length);
    private final LongAdder failures = new LongAdder();
    private final LongAdder completed = new LongAdder();
    private final LongAdder actionCount = new LongAdder();
    private final LongAdder undeliverable = new LongAdder();
    private final AtomicLongArray tipsDelivered;
    private final AtomicLongArray tokensDelivered;
    private final AtomicLongArray tipsSent;

    Probe(int rooms) {
        for (int i = 0; i < byKind.length; i++) {
            byKind[i] = new LaneRecorder(3);
        }
        tipsDelivered = new AtomicLongArray(rooms);
        tokensDelivered = new AtomicLongArray(rooms);
        tipsSent = new AtomicLongArray(rooms);
    }

    /** The generator sent an event; {@code late} is how far behind its intended time it went out. */
    void sent(int room, EventKind kind, long late) {
        sent[kind.ordinal()].increment();
        lag.recordValue(Math.max(0, late));
        if (kind == EventKind.TIP) {
            tipsSent.incrementAndGet(room);
        }
    }

    /** An outcome completed (on a lane thread). */
    void outcome(
            int room,
            EventKind kind,
            long tipAmount,
            boolean measured,
            long intended,
            @Nullable Outcome outcome,
            @Nullable Throwable failure) {
        long latency = Math.max(0, System.nanoTime() - intended);
        completed.increment();
        if (outcome == null || failure != null) {
            failures.increment();
            return;
        }
        statuses[kind.ordinal() * STATUSES.length + outcome.status().ordinal()].increment();
        if (kind == EventKind.TIP && outcome.status() == Outcome.Status.DELIVERED) {
            tipsDelivered.incrementAndGet(room);
            tokensDelivered.addAndGet(room, tipAmount);
        }
        if (measured) {
            outcomes.recordValue(latency);
            byKind[kind.ordinal()].recordValue(latency);
        }
    }

    @Override
    public void deliver(ActionEnvelope envelope) {
        actionCount.increment();
        long intended = Traffic.intendedOf(envelope.messageId());
        if (intended != -1 && Traffic.measuredId(envelope.messageId())) {
            actions.recordValue(Math.max(0, System.nanoTime() - intended));
        }
    }

    @Override
    public void undeliverable(ActionEnvelope envelope, Throwable lastFailure) {
        undeliverable.increment();
    }

    /** Outcome latencies of measured rooms since the last call. */
    Histogram outcomeInterval() {
        return outcomes.getIntervalHistogram();
    }

    Histogram kindInterval(EventKind kind) {
        return byKind[kind.ordinal()].getIntervalHistogram();
    }

    Histogram actionInterval() {
        return actions.getIntervalHistogram();
    }

    Histogram lagInterval() {
        return lag.getIntervalHistogram();
    }

    /** Drops everything recorded so far from the interval histograms (the start of a phase). */
    void resetIntervals() {
        outcomes.reset();
        actions.reset();
        lag.reset();
        for (LaneRecorder r : byKind) {
            r.reset();
        }
    }

    long completed() {
        return completed.sum();
    }

    long sentTotal() {
        long n = 0;
        for (LongAdder a : sent) {
            n += a.sum();
        }
        return n;
    }

    long sent(EventKind kind) {
        return sent[kind.ordinal()].sum();
    }

    long status(EventKind kind, Outcome.Status status) {
        return statuses[kind.ordinal() * STATUSES.length + status.ordinal()].sum();
    }

    long failures() {
        return failures.sum();
    }

    long actions() {
        return actionCount.sum();
    }

    long undeliverable() {
        return undeliverable.sum();
    }

    long tipsSent(int room) {
        return tipsSent.get(room);
    }

    long tipsDelivered(int room) {
        return tipsDelivered.get(room);
    }

    long tokensDelivered(int room) {
        return tokensDelivered.get(room);
    }

    private static LongAdder[] adders(int n) {
        LongAdder[] a = new LongAdder[n];
        for (int i = 0; i < n; i++) {
            a[i] = new LongAdder();
        }
        return a;
    }
}
