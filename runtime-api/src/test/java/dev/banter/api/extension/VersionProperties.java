package dev.banter.api.extension;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VersionProperties {

    @Property
    void parse_ofToString_isTheVersion(@ForAll("versions") Version v) {
        assertThat(Version.parse(v.toString())).isEqualTo(v);
    }

    @Property(tries = 2000)
    void compareTo_isAntisymmetricAndConsistentWithEquals(
            @ForAll("versions") Version a, @ForAll("versions") Version b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property(tries = 2000)
    void compareTo_isTransitive(
            @ForAll("versions") Version a, @ForAll("versions") Version b, @ForAll("versions") Version c) {
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void release_ranksAboveItsPreReleases_andBelowTheNextPatch(@ForAll("versions") Version v) {
        Version release = Version.of(v.major(), v.minor(), v.patch());
        if (v.isPreRelease()) {
            assertThat(v).isLessThan(release);
        }
        if (v.patch() < 999_999) {
            assertThat(v).isLessThan(new Version(v.major(), v.minor(), v.patch() + 1, v.preRelease()));
        }
    }

    /** Small alphabets, so that equal and nearly equal versions come up often. */
    @Provide
    Arbitrary<Version> versions() {
        Arbitrary<Integer> n = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 999_999));
        Arbitrary<String> identifier = Arbitraries.oneOf(
                Arbitraries.of("0", "1", "2", "10", "11", "99999999999999999999"),
                Arbitraries.of("a", "b", "alpha", "beta", "rc", "-", "0a", "x-1"));
        Arbitrary<String> pre = identifier.list().ofMaxSize(3).map(ids -> String.join(".", ids));
        return Combinators.combine(n, n, n, pre).as(Version::new);
    }
}
