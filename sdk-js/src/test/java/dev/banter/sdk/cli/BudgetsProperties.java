package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BudgetsProperties {

    @Property
    void roundUp_isTheNextNumberOfTwoSignificantDigits(@ForAll @LongRange(min = 1, max = 1L << 60) long value) {
        long rounded = Budgets.roundUp(value);

        assertThat(rounded).isGreaterThanOrEqualTo(value).isLessThanOrEqualTo(value + value / 10);
        assertThat(String.valueOf(rounded).replaceAll("0+$", "")).hasSizeLessThanOrEqualTo(2);
    }

    @Property
    void recommend_isTheHeadroomOverTheLargestCall_cappedAtTheMaximum(
            @ForAll @LongRange(min = 1, max = 1L << 40) long largest,
            @ForAll @LongRange(min = 1, max = 1L << 42) long maximum) {
        Long recommended = Budgets.recommend(largest, maximum);

        assertThat(recommended).isNotNull().isLessThanOrEqualTo(maximum);
        if (largest * Budgets.HEADROOM <= maximum) {
            assertThat(recommended).isGreaterThanOrEqualTo(largest * Budgets.HEADROOM);
        } else {
            assertThat(recommended).isEqualTo(maximum);
        }
    }

    @Test
    void recommend_examples() {
        assertThat(Budgets.recommend(71, 1_000_000)).isEqualTo(150);
        assertThat(Budgets.recommend(1_159_296, 33_554_432)).isEqualTo(2_400_000);
        assertThat(Budgets.recommend(30_000_000, 33_554_432)).isEqualTo(33_554_432);
        assertThat(Budgets.recommend(0, 100)).isNull();
    }

    @Test
    void spread_meanP99AndMax() {
        Spread s = new Spread();
        for (long v = 1; v <= 200; v++) {
            s.add(v);
        }

        assertThat(s.count()).isEqualTo(200);
        assertThat(s.mean()).isEqualTo(100);
        assertThat(s.p99()).isEqualTo(198);
        assertThat(s.max()).isEqualTo(200);
        assertThat(new Spread().p99()).isZero();
    }
}
