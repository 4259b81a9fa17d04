package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The option parsers: mixes, tip sizes, sweeps; and the room picker's and audience's invariants. */
class ParsingProperties {

    @Property
    void mix_parsesWhatItPrints(@ForAll @Size(6) List<@IntRange(min = 0, max = 1000) Integer> weights) {
        if (weights.stream().mapToInt(Integer::intValue).sum() == 0) {
            weights = List.of(1, 0, 0, 0, 0, 0);
        }
        StringBuilder spec = new StringBuilder();
        for (EventKind k : EventKind.values()) {
            spec.append(spec.isEmpty() ? "" : ",")
                    .append(k.wireName())
                    .append('=')
                    .append(weights.get(k.ordinal()));
        }
        Mix mix = Mix.parse(spec.toString(), Mix.DEFAULT_TIPS);
        double sum = weights.stream().mapToInt(Integer::intValue).sum();
        for (EventKind k : EventKind.values()) {
            assertThat(mix.shares().get(k.wireName())).isCloseTo(weights.get(k.ordinal()) / sum, within());
        }
    }

    @Property
    void mixSampler_neverPicksAKindOfWeightZero(@ForAll @IntRange(min = 0, max = 5) int only, @ForAll long seed) {
        double[] w = new double[EventKind.count()];
        w[only] = 3;
        Mix.Sampler s = new Mix(w, new long[] {7}, new double[] {1}).sampler(new SplittableRandom(seed));
        for (int i = 0; i < 200; i++) {
            assertThat(s.kind().ordinal()).isEqualTo(only);
            assertThat(s.tipAmount()).isEqualTo(7);
        }
    }

    @Property
    void mix_rejectsNegativeOrTextWeights_namingTheEntry(@ForAll @IntRange(min = 1, max = 99) int n) {
        assertThatThrownBy(() -> Mix.parse("chat=-" + n, Mix.DEFAULT_TIPS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mix.chat")
                .hasMessageContaining("-" + n);
        assertThatThrownBy(() -> Mix.parse("tip=" + n, "5:x" + n))
                .hasMessageContaining("tip-sizes[0]")
                .hasMessageContaining("x" + n);
        assertThatThrownBy(() -> Mix.parse("dance=" + n, Mix.DEFAULT_TIPS)).hasMessageContaining("'dance'");
    }

    @Property
    void sweep_expandsListsAndRanges(
            @ForAll @LongRange(min = 0, max = 3) long a, @ForAll @LongRange(min = 0, max = 3) long extra) {
        Sweep s = Sweep.parse("extensions=" + a + ".." + (a + extra) + ",6");
        List<Long> expected = new ArrayList<>();
        for (long v = a; v <= a + extra; v++) {
            expected.add(v);
        }
        expected.add(6L);
        assertThat(s.parameter()).isEqualTo("extensions");
        assertThat(s.values()).isEqualTo(expected);
    }

    @Property
    void sweep_rejectsOutOfRangeValues_namingThem(@ForAll @LongRange(min = 7, max = 1000) long v) {
        assertThatThrownBy(() -> Sweep.parse("extensions=" + v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--sweep extensions")
                .hasMessageContaining(String.valueOf(v));
    }

    @Property
    void audience_keepsPresentViewersWithinBounds(
            @ForAll @IntRange(min = 1, max = 50) int size,
            @ForAll long seed,
            @ForAll @Size(max = 200) List<Boolean> ops) {
        Audience a = new Audience(size, size / 2);
        SplittableRandom r = new SplittableRandom(seed);
        for (boolean enter : ops) {
            int before = a.active();
            int v = enter ? a.enter(r) : a.leave(r);
            if (enter) {
                assertThat(a.active()).isEqualTo(Math.min(size, before + 1));
                assertThat(v).isBetween(0, size - 1);
            } else {
                assertThat(a.active()).isEqualTo(Math.max(0, before - 1));
                assertThat(v).isBetween(before == 0 ? -1 : 0, size - 1);
            }
            int any = a.anyPresent(r);
            assertThat(any).isBetween(a.active() == 0 ? -1 : 0, size - 1);
        }
    }

    @Property
    void messageId_carriesTheIntendedTime(@ForAll long intended, @ForAll boolean measured) {
        String id = (measured ? "L" : "H") + intended + "." + 12;
        assertThat(Traffic.intendedOf(id)).isEqualTo(intended == -1 ? -1 : intended);
        assertThat(Traffic.measuredId(id)).isEqualTo(measured);
        assertThat(Traffic.intendedOf("m-" + intended)).isEqualTo(-1);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
