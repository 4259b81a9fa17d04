package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.extension.CatalogEntry;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class CatalogStateProperties {

    private static final Version V = Version.parse("1.0.0");

    @Property(tries = 40)
    void randomTransitions_onlyTakeAllowedEdges_andWithdrawnIsFinal(
            @ForAll @Size(max = 8) List<PublicationState> targets) throws IOException {
        Path dir = Files.createTempDirectory("catalog-prop");
        try {
            FileSystemCatalog catalog = FileSystemCatalog.open(dir, PlatformPolicy.permissive());
            catalog.submit(Packages.bot("prop", "1.0.0", "x"));
            PublicationState expected = PublicationState.DRAFT;
            for (PublicationState target : targets) {
                PublicationState before = expected;
                if (before.canMoveTo(target)) {
                    assertThat(catalog.transition("prop", V, target).state()).isEqualTo(target);
                    expected = target;
                } else {
                    assertThatThrownBy(() -> catalog.transition("prop", V, target))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining(before + " to " + target);
                }
                CatalogEntry now = catalog.get("prop", V);
                assertThat(now.state()).isEqualTo(expected);
                assertThat(before == PublicationState.WITHDRAWN).isEqualTo(before.isFinal());
                if (before.isFinal()) {
                    assertThat(now.state()).isEqualTo(PublicationState.WITHDRAWN);
                }
            }
            // what was recorded survives a reopen unchanged
            assertThat(FileSystemCatalog.open(dir, PlatformPolicy.permissive())
                            .get("prop", V)
                            .state())
                    .isEqualTo(expected);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Property
    void stateMachine_isForwardOnly(@ForAll PublicationState from, @ForAll PublicationState to) {
        if (from.canMoveTo(to)) {
            assertThat(to.ordinal()).isGreaterThan(from.ordinal());
            assertThat(from.isFinal()).isFalse();
        }
        assertThat(PublicationState.WITHDRAWN.next()).isEmpty();
    }
}
