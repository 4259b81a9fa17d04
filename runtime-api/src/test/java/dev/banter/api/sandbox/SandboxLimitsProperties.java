package dev.banter.api.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class SandboxLimitsProperties {

    @Provide
    Arbitrary<SandboxLimits> limits() {
        return Arbitraries.longs()
                .between(1, 1_000)
                .list()
                .ofSize(LimitKind.values().length)
                .map(values -> {
                    Map<LimitKind, Long> map = new EnumMap<>(LimitKind.class);
                    for (LimitKind kind : LimitKind.values()) {
                        map.put(kind, values.get(kind.ordinal()));
                    }
                    return SandboxLimits.of(map);
                });
    }

    @Property(tries = 200)
    void checkWithin_acceptsExactlyWhenNoLimitIsLooserThanThePlatforms(
            @ForAll("limits") SandboxLimits asked, @ForAll("limits") SandboxLimits maxima) {
        List<LimitKind> over = List.of(LimitKind.values()).stream()
                .filter(k -> k.isFloor() ? asked.get(k) < maxima.get(k) : asked.get(k) > maxima.get(k))
                .toList();
        if (over.isEmpty()) {
            assertThat(asked.checkWithin(maxima)).isSameAs(asked);
        } else {
            LimitKind first = over.get(0);
            assertThatThrownBy(() -> asked.checkWithin(maxima))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("limit '" + first.key() + "' asks for " + asked.get(first))
                    .hasMessageContaining((first.isFloor() ? "minimum of " : "maximum of ") + maxima.get(first));
        }
    }

    @Property(tries = 200)
    void min_isWithinBoth_andTakesOneOfThem(@ForAll("limits") SandboxLimits a, @ForAll("limits") SandboxLimits b) {
        SandboxLimits min = a.min(b);
        min.checkWithin(a).checkWithin(b);
        for (LimitKind kind : LimitKind.values()) {
            assertThat(min.get(kind)).isIn(a.get(kind), b.get(kind));
        }
        assertThat(min).isEqualTo(b.min(a));
    }

    @Property(tries = 100)
    void with_changesOneLimit_andRefusesNonPositiveValues(
            @ForAll("limits") SandboxLimits limits,
            @ForAll LimitKind kind,
            @ForAll @LongRange(min = -5, max = 5) long value) {
        if (value <= 0) {
            assertThatThrownBy(() -> limits.with(kind, value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + kind.key() + "' must be positive");
            return;
        }
        SandboxLimits changed = limits.with(kind, value);
        for (LimitKind other : LimitKind.values()) {
            assertThat(changed.get(other)).isEqualTo(other == kind ? value : limits.get(other));
        }
        assertThat(SandboxLimits.of(changed.asMap())).isEqualTo(changed);
    }

    @Property(tries = 50)
    void ofKey_findsEveryKindByItsKey(@ForAll LimitKind kind) {
        assertThat(LimitKind.ofKey(kind.key())).isSameAs(kind);
        assertThatThrownBy(() -> LimitKind.ofKey(kind.key() + "-x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(kind.key());
    }

    @org.junit.jupiter.api.Test
    void timerInterval_isAFloor_aLongerMinimumIsStricter() {
        SandboxLimits platform = SandboxLimits.defaults();

        assertThat(platform.with(LimitKind.TIMER_INTERVAL, 5_000).checkWithin(platform))
                .isNotNull();
        assertThatThrownBy(() -> platform.with(LimitKind.TIMER_INTERVAL, 10).checkWithin(platform))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit 'timer-interval' asks for 10 ms, below the platform minimum of 1000 ms");
        assertThat(platform.with(LimitKind.TIMER_INTERVAL, 5_000).min(platform).get(LimitKind.TIMER_INTERVAL))
                .isEqualTo(5_000);
    }
}
