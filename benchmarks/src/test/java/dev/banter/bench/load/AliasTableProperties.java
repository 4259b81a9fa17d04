package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The generator's room picker: each index as often as its weight says, and never one weighing nothing. */
class AliasTableProperties {

    @Property(tries = 60)
    void eachIndex_isPickedInProportionToItsWeight(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1_000) Integer> weights, @ForAll long seed) {
        double[] w = weights.stream().mapToDouble(Integer::doubleValue).toArray();
        double total = weights.stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            w[0] = 1;
            total = 1;
        }
        AliasTable table = new AliasTable(w);
        SplittableRandom random = new SplittableRandom(seed);
        int draws = 200_000;
        int[] seen = new int[w.length];
        for (int i = 0; i < draws; i++) {
            seen[table.pick(random)]++;
        }
        for (int i = 0; i < w.length; i++) {
            double p = w[i] / total;
            double expected = p * draws;
            // five standard deviations of a binomial count, plus one
            double slack = 5 * Math.sqrt(draws * p * (1 - p)) + 1;
            assertThat((double) seen[i])
                    .as("index %d of weights %s", i, weights)
                    .isBetween(expected - slack, expected + slack);
            if (w[i] == 0) {
                assertThat(seen[i]).as("index %d weighs nothing", i).isZero();
            }
        }
    }

    @Test
    void equalWeights_giveEveryIndexItsShare() {
        AliasTable table = new AliasTable(new double[] {3, 3, 3, 3});
        SplittableRandom random = new SplittableRandom(7);
        int[] seen = new int[4];
        for (int i = 0; i < 40_000; i++) {
            seen[table.pick(random)]++;
        }
        for (int n : seen) {
            assertThat(n).isBetween(9_500, 10_500);
        }
    }

    @Test
    void badWeights_areRefused_namingTheIndexAndValue() {
        assertThatThrownBy(() -> new AliasTable(new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights");
        assertThatThrownBy(() -> new AliasTable(new double[] {1, -2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights[1]", "-2.0");
        assertThatThrownBy(() -> new AliasTable(new double[] {1, Double.NaN}))
                .hasMessageContaining("weights[1]", "NaN");
        assertThatThrownBy(() -> new AliasTable(new double[] {0, 0})).hasMessageContaining("must not all be 0");
    }
}
