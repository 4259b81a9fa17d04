package dev.banter.bench.load;

import java.util.concurrent.CopyOnWriteArrayList;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * An interval recorder written by many threads without sharing a cache line between them: each writing thread
 * records into a {@link SingleWriterRecorder} of its own, and a read adds up the intervals of all of them.
 *
 * <p>The lanes record every outcome. With one HdrHistogram {@code Recorder} for all of them, each value took several
 * atomic updates of words that both lanes write (the recorder's phaser, the bucket, the total count), so the
 * measuring cost each lane more with two lanes than with one, and the load test understated what a second worker
 * adds. Here a lane's updates stay in its own core's cache; only a read, a few times a second, touches every
 * thread's recorder.
 */
final class LaneRecorder {

    private final int digits;
    private final CopyOnWriteArrayList<SingleWriterRecorder> recorders = new CopyOnWriteArrayList<>();
    private final ThreadLocal<SingleWriterRecorder> mine;

    /** A recorder whose histograms keep {@code digits} significant decimal digits and resize as values need. */
    LaneRecorder(int digits) {
        this.digits = digits;
        this.mine = ThreadLocal.withInitial(() -> {
            SingleWriterRecorder r = new SingleWriterRecorder(digits);
            recorders.add(r);
            return r;
        });
    }

    /** Records a value from the calling thread. */
    void recordValue(long value) {
        mine.get().recordValue(value);
    }

    /** Everything recorded by any thread since the previous call (or {@link #reset}), as one histogram. */
    Histogram getIntervalHistogram() {
        Histogram sum = new Histogram(digits);
        for (SingleWriterRecorder r : recorders) {
            sum.add(r.getIntervalHistogram());
        }
        return sum;
    }

    /** Forgets what every thread recorded so far. */
    void reset() {
        for (SingleWriterRecorder r : recorders) {
            r.reset();
        }
    }
}
