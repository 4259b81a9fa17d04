package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LaneRecorderTest {

    @Test
    void interval_addsUpEveryThreadsValues_andStartsAfreshAfterARead() throws InterruptedException {
        LaneRecorder recorder = new LaneRecorder(3);
        int threads = 4;
        int perThread = 10_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long base = (t + 1) * 1_000_000L;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    recorder.recordValue(base + i);
                }
            });
            w.start();
            writers.add(w);
        }
        start.countDown();
        for (Thread w : writers) {
            w.join();
        }

        Histogram first = recorder.getIntervalHistogram();
        recorder.recordValue(7);
        Histogram second = recorder.getIntervalHistogram();

        assertThat(first.getTotalCount()).isEqualTo((long) threads * perThread);
        assertThat(first.getMinValue()).isEqualTo(first.lowestEquivalentValue(1_000_000L));
        assertThat(first.getMaxValue()).isEqualTo(first.highestEquivalentValue(4_009_999L));
        assertThat(first.getValueAtPercentile(50)).isBetween(2_000_000L, 3_010_000L);
        assertThat(second.getTotalCount()).isEqualTo(1);
        assertThat(second.getMaxValue()).isEqualTo(7);
    }

    @Test
    void reset_dropsWhatWasRecorded() {
        LaneRecorder recorder = new LaneRecorder(3);
        recorder.recordValue(42);

        recorder.reset();
        recorder.recordValue(5);

        assertThat(recorder.getIntervalHistogram().getTotalCount()).isEqualTo(1);
    }

    @Property(tries = 50)
    void interval_countsAndBoundsMatchOneHistogramOfTheSameValues(
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 10_000_000_000L) Long> values,
            @ForAll @IntRange(min = 1, max = 3) int threads)
            throws InterruptedException {
        LaneRecorder recorder = new LaneRecorder(3);
        Histogram expected = new Histogram(3);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t;
            writers.add(new Thread(() -> {
                for (int i = from; i < values.size(); i += threads) {
                    recorder.recordValue(values.get(i));
                }
            }));
        }
        for (Long v : values) {
            expected.recordValue(v);
        }
        for (Thread w : writers) {
            w.start();
        }
        for (Thread w : writers) {
            w.join();
        }

        Histogram got = recorder.getIntervalHistogram();

        assertThat(got.getTotalCount()).isEqualTo(expected.getTotalCount());
        assertThat(got.getMaxValue()).isEqualTo(expected.getMaxValue());
        assertThat(got.getMinValue()).isEqualTo(expected.getMinValue());
        assertThat(got.getValueAtPercentile(99)).isEqualTo(expected.getValueAtPercentile(99));
    }
}
