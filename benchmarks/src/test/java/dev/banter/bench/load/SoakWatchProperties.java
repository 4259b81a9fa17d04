package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.bench.load.Results.Soak;
import dev.banter.bench.load.Results.SoakSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The soak verdict: flat heaps with noise pass, leaks and thread or file growth fail, naming what grew. */
class SoakWatchProperties {

    /** Samples a minute apart: {@code base} MiB plus {@code leakKiBPerMinute} per minute plus noise. */
    private static List<SoakSample> series(
            int n, long baseMiB, double leakKiBPerMinute, int noiseKiB, long seed, int extraThreads, int extraFiles) {
        Random r = new Random(seed);
        List<SoakSample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long heap = baseMiB * 1024 + Math.round(leakKiBPerMinute * i) + (noiseKiB == 0 ? 0 : r.nextInt(noiseKiB));
            boolean last = i == n - 1;
            out.add(new SoakSample(60.0 * (i + 1), heap, 20 + (last ? extraThreads : 0), 50 + (last ? extraFiles : 0)));
        }
        return out;
    }

    @Property(tries = 200)
    void aFlatHeapWithNoise_holds(
            @ForAll @IntRange(min = 6, max = 60) int n,
            @ForAll @LongRange(min = 20, max = 4_000) long baseMiB,
            @ForAll @IntRange(min = 0, max = 2_048) int noiseKiB,
            @ForAll long seed) {
        Soak soak = SoakWatch.judge(60, series(n, baseMiB, 0, noiseKiB, seed, 0, 0), 0);

        assertThat(soak.passed()).as("%s", soak).isTrue();
        assertThat(soak.problems()).isEmpty();
        assertThat(soak.toleranceMiB()).isGreaterThanOrEqualTo(8);
    }

    @Property(tries = 200)
    void aHeapThatGrowsPastTheTolerance_fails_andSaysBy_howMuch(
            @ForAll @IntRange(min = 9, max = 60) int n, @ForAll @LongRange(min = 20, max = 4_000) long baseMiB) {
        // over the steady two thirds, grow twice the tolerance (8 MiB or a tenth of the heap)
        double steadyMinutes = n - 1 - n / 3;
        double toleranceKiB = Math.max(8 * 1024, baseMiB * 1024 * 0.12);
        double leak = 2 * toleranceKiB / steadyMinutes;

        Soak soak = SoakWatch.judge(60, series(n, baseMiB, leak, 0, 1, 0, 0), 0);

        assertThat(soak.passed()).isFalse();
        assertThat(soak.growthMiB()).isGreaterThan(soak.toleranceMiB());
        assertThat(soak.slopeKiBPerMinute()).isCloseTo(leak, org.assertj.core.data.Offset.offset(1.0));
        assertThat(soak.problems()).singleElement().asString().contains("heap after GC grew", "MiB allowed");
    }

    @Property(tries = 100)
    void threadOrFileGrowth_fails(
            @ForAll @IntRange(min = 6, max = 30) int n,
            @ForAll @IntRange(min = 0, max = 20) int threads,
            @ForAll @IntRange(min = 0, max = 20) int files) {
        Soak soak = SoakWatch.judge(60, series(n, 100, 0, 0, 1, threads, files), 0);

        assertThat(soak.passed()).isEqualTo(threads <= 2 && files <= 4);
        assertThat(soak.threadGrowth()).isEqualTo(threads);
        assertThat(soak.fileGrowth()).isEqualTo(files);
        if (threads > 2) {
            assertThat(soak.problems()).anyMatch(p -> p.startsWith("threads grew by " + threads));
        }
        if (files > 4) {
            assertThat(soak.problems()).anyMatch(p -> p.startsWith("open files grew by " + files));
        }
    }

    @Test
    void tooFewSamples_fails_withAnExplanation() {
        Soak soak = SoakWatch.judge(60, series(5, 100, 0, 0, 1, 0, 0), 3);

        assertThat(soak.passed()).isFalse();
        assertThat(soak.forcedCollections()).isEqualTo(3);
        assertThat(soak.problems()).singleElement().asString().contains("only 5 samples", "--soak-sample");
    }
}
