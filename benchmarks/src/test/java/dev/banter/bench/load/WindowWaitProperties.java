package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** How long the closed loop's sender sleeps while its window is full. */
class WindowWaitProperties {

    @Property(tries = 500)
    void theWait_staysWithin20MicrosecondsAnd20Milliseconds(
            @ForAll @LongRange(min = 1, max = 10_000_000) long missing,
            @ForAll @DoubleRange(min = 0, max = 1e9) double nanosPerOutcome) {
        long wait = LoadRun.windowWait(missing, nanosPerOutcome);

        assertThat(wait).isBetween(20_000L, 20_000_000L);
    }

    @Property(tries = 500)
    void moreMissingOutcomes_neverWaitLess(
            @ForAll @LongRange(min = 1, max = 1_000_000) long missing,
            @ForAll @LongRange(min = 1, max = 1_000_000) long more,
            @ForAll @DoubleRange(min = 0, max = 100_000) double nanosPerOutcome) {
        assertThat(LoadRun.windowWait(missing + more, nanosPerOutcome))
                .isGreaterThanOrEqualTo(LoadRun.windowWait(missing, nanosPerOutcome));
    }

    @Test
    void withinTheBounds_theWaitIsWhatTheMissingOutcomesTakeAtThatPace() {
        // 5,000 outcomes at 4 µs each (250,000/s): 20 ms, the longest; 1,000 of them: 4 ms
        assertThat(LoadRun.windowWait(5_000, 4_000)).isEqualTo(20_000_000L);
        assertThat(LoadRun.windowWait(1_000, 4_000)).isEqualTo(4_000_000L);
    }

    @Test
    void beforeAnyOutcomeIsSeen_theWaitIsTheShortest() {
        assertThat(LoadRun.windowWait(5_000, 0)).isEqualTo(20_000L);
    }
}
