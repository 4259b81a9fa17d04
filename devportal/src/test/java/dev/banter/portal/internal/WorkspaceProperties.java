package dev.banter.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WorkspaceProperties {

    private static final Path PROJECT = Path.of("/tmp/ws/project").toAbsolutePath();

    @Property(tries = 500)
    void resolve_neverLeavesTheProject(@ForAll("pathLike") String name) {
        try {
            Path p = Workspace.resolve(PROJECT, name);
            assertThat(p.normalize().startsWith(PROJECT)).as(name).isTrue();
            assertThat(p.normalize()).isNotEqualTo(PROJECT);
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).startsWith("file:");
        }
    }

    @Property(tries = 200)
    void resolve_refusesEveryDotDotSegment(@ForAll("segment") String a, @ForAll("segment") String b) {
        assertThatThrownBy(() -> Workspace.resolve(PROJECT, a + "/../" + b))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("none of them . or ..");
        assertThatThrownBy(() -> Workspace.resolve(PROJECT, "../" + a)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Workspace.resolve(PROJECT, "/" + a)).isInstanceOf(ApiException.class);
    }

    @Property(tries = 200)
    void checkId_acceptsExactlyTheManifestIdRule(@ForAll("pathLike") String id) {
        boolean ok = id.matches("[a-z0-9][a-z0-9._-]{0,63}");
        if (ok) {
            assertThat(Workspace.checkId(id)).isEqualTo(id);
        } else {
            assertThatThrownBy(() -> Workspace.checkId(id))
                    .isInstanceOf(ApiException.class)
                    .hasMessageStartingWith("id:");
        }
    }

    @Provide
    Arbitrary<String> segment() {
        return Arbitraries.strings().withChars("abcXYZ019_-").ofMinLength(1).ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> pathLike() {
        return Arbitraries.strings().withChars("ab./\\_-~%:0").ofMinLength(0).ofMaxLength(12);
    }
}
