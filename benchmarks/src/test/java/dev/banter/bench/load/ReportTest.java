package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.bench.load.Results.Gc;
import dev.banter.bench.load.Results.Latency;
import dev.banter.bench.load.Results.Phase;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The parts of the report and the search that need no runtime. */
class ReportTest {

    @Test
    void latency_isInMilliseconds_andEmptyIsZero() {
        Histogram h = new Histogram(3);
        for (int i = 1; i <= 100; i++) {
            h.recordValue(i * 1_000_000L);
        }
        Latency l = Latency.of(h);
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.p50Ms()).isBetween(49.9, 50.1);
        assertThat(l.maxMs()).isBetween(99.9, 100.1);
        assertThat(Latency.of(new Histogram(3)).p99Ms()).isZero();
        assertThat(Results.curve(h)).last().satisfies(p -> assertThat(p[0]).isEqualTo(100));
    }

    @Test
    void svg_escapesText_andDrawsEverySeries() {
        String svg = Svg.lines(
                "a <b> & 'c'",
                "x",
                "y",
                List.of(
                        new Svg.Series("one", new double[] {0, 1}, new double[] {1, 2}),
                        new Svg.Series("two", new double[] {0, 1}, new double[] {3, 4})),
                Svg::number);
        assertThat(svg).contains("a &lt;b&gt; &amp; &#39;c&#39;").doesNotContain("<b>");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(Svg.lines("t", "x", "y", List.of(), Svg::number)).contains("no data");
        assertThat(Svg.niceCeiling(3.2)).isEqualTo(5);
        assertThat(Svg.nines(Svg.ninesOf(99.9))).isEqualTo("99.9%");
    }

    @Test
    void searchVerdict_failsSlowOrSheddingSteps() {
        assertThat(MaxRateSearch.verdict(phase(1000, 990, 5, Map.of()), 10)).isEmpty();
        assertThat(MaxRateSearch.verdict(phase(1000, 990, 12, Map.of()), 10)).contains("p99 12.00 ms over 10.00");
        assertThat(MaxRateSearch.verdict(phase(1000, 500, 1, Map.of()), 10)).contains("500 outcomes/s for 1000/s");
        assertThat(MaxRateSearch.verdict(phase(1000, 990, 1, Map.of("overloaded", 50L)), 10))
                .contains("50 events refused");
    }

    private static Phase phase(double rate, double throughput, double p99, Map<String, Long> chat) {
        Latency l = new Latency(10, 1, 1, 1, p99, p99, p99, p99);
        return new Phase(
                "step",
                rate,
                5,
                5_000,
                5_000,
                rate,
                throughput,
                0,
                0,
                l,
                l,
                l,
                Map.of("chat", new Results.KindStats(5_000, chat, l)),
                List.of(),
                List.of(),
                new Gc(0, 0, 0, 0, 0),
                0,
                Map.of("lanes", 1.5, "generator", 0.25));
    }
}
