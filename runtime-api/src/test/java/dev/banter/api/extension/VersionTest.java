package dev.banter.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void parse_readsReleaseAndPreRelease() {
        assertThat(Version.parse("1.4.0")).isEqualTo(Version.of(1, 4, 0));
        assertThat(Version.parse("2.0.0-beta.2")).isEqualTo(new Version(2, 0, 0, "beta.2"));
        assertThat(Version.parse("0.0.0-0.x-y.-")).satisfies(v -> {
            assertThat(v.preRelease()).isEqualTo("0.x-y.-");
            assertThat(v.isPreRelease()).isTrue();
        });
        assertThat(Version.parse("999999.999999.999999").toString()).isEqualTo("999999.999999.999999");
    }

    @Test
    void parse_refusesWhatSemverRefuses_quotingTheText() {
        for (String bad : List.of(
                "1.0",
                "1",
                "v1.0.0",
                "01.0.0",
                "1.00.0",
                "1.0.0-",
                "1.0.0-01",
                "1.0.0-a..b",
                "1.0.0-a_b",
                "1.0.0+build",
                "1.0.0-rc.1+build",
                " 1.0.0",
                "1000000.0.0",
                "")) {
            assertThatThrownBy(() -> Version.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void constructor_refusesOutOfRangeNumbersAndBadIdentifiers() {
        assertThatThrownBy(() -> new Version(-1, 0, 0, "")).hasMessageContaining("-1.0.0");
        assertThatThrownBy(() -> new Version(1, 1_000_000, 0, "")).hasMessageContaining("0..999999");
        assertThatThrownBy(() -> new Version(1, 0, 0, "00")).hasMessageContaining("'00'");
        assertThatThrownBy(() -> new Version(1, 0, 0, "a".repeat(65))).hasMessageContaining("at most 64");
    }

    @Test
    void compareTo_followsTheSemverPrecedenceExample() {
        // the ordered list of Semantic Versioning 2.0.0, section 11, plus release numbers
        List<Version> ordered = List.of(
                        "0.9.9",
                        "1.0.0-alpha",
                        "1.0.0-alpha.1",
                        "1.0.0-alpha.beta",
                        "1.0.0-beta",
                        "1.0.0-beta.2",
                        "1.0.0-beta.11",
                        "1.0.0-rc.1",
                        "1.0.0",
                        "1.0.1",
                        "1.2.0",
                        "1.10.0",
                        "2.0.0-1",
                        "2.0.0-1.a",
                        "2.0.0-10",
                        "2.0.0-a",
                        "2.0.0")
                .stream()
                .map(Version::parse)
                .toList();
        List<Version> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(42));

        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(ordered);
    }

    @Test
    void toString_isTheParsedText() {
        for (String text : List.of("0.0.0", "1.2.3", "1.0.0-rc.1", "10.20.30-a-b.0.c9")) {
            assertThat(Version.parse(text)).hasToString(text);
        }
    }
}
