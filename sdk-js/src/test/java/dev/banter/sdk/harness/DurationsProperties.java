package dev.banter.sdk.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class DurationsProperties {

    @Property
    void formatThenParse_isIdentity(@ForAll @LongRange(min = 0, max = 366L * 24 * 3600 * 1000) long millis) {
        Duration d = Duration.ofMillis(millis);
        assertThat(Durations.parse(Durations.format(d))).isEqualTo(d);
    }

    @Property
    void parse_singleUnit(@ForAll @LongRange(min = 0, max = 8000) long n, @ForAll("units") String unit) {
        Duration expected = switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
        assertThat(Durations.parse(n + unit)).isEqualTo(expected);
    }

    @Property
    void parse_garbage_namesTheText(@ForAll("garbage") String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"")
                .hasMessageContaining("500ms, 30s, 5m");
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("ms", "s", "m", "h");
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).filter(s -> !s.matches("[hms]+")),
                Arbitraries.integers().between(-1000, -1).map(i -> i + "s"),
                Arbitraries.integers().between(0, 1000).map(i -> i + " minutes"),
                Arbitraries.integers().between(1, 100).map(i -> i + "s" + i + "m"),
                Arbitraries.integers().between(1, 100).map(String::valueOf),
                Arbitraries.just(""),
                Arbitraries.just("9999999h"));
    }
}
