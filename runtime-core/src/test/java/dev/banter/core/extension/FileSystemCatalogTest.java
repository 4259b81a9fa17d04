package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.extension.CatalogEntry;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.Version;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemCatalogTest {

    private static final Version V1 = Version.parse("1.0.0");
    private static final Version V2 = Version.parse("2.0.0");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private FileSystemCatalog open(PlatformPolicy policy) {
        return FileSystemCatalog.open(dir, policy, CLOCK);
    }

    @Test
    void submit_storesADraftWithTheContentHash() {
        FileSystemCatalog catalog = open(PlatformPolicy.permissive());
        ExtensionPackage pkg = Packages.bot("tipgoal", "1.0.0", "code");

        CatalogEntry entry = catalog.submit(pkg);

        assertThat(entry.state()).isEqualTo(PublicationState.DRAFT);
        assertThat(entry.contentHash()).isEqualTo(pkg.contentHash()).startsWith("sha256:");
        assertThat(entry.submitted()).isEqualTo(CLOCK.instant());
        assertThat(catalog.read("tipgoal", V1).files()).isEqualTo(pkg.files());
        assertThat(dir.resolve("tipgoal/1.0.0/files/banter.json")).exists();
        assertThat(dir.resolve("tipgoal/1.0.0/entry.properties")).exists();
    }

    @Test
    void submit_sameContentAgainIsIdempotent() {
        FileSystemCatalog catalog = open(PlatformPolicy.permissive());
        CatalogEntry first = catalog.submit(Packages.bot("tipgoal", "1.0.0", "code"));
        catalog.publish("tipgoal", V1);

        CatalogEntry again = catalog.submit(Packages.bot("tipgoal", "1.0.0", "code"));

        assertThat(again.contentHash()).isEqualTo(first.contentHash());
        assertThat(again.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(catalog.versions("tipgoal")).hasSize(1);
    }

    @Test
    void submit_otherContentUnderTheSameVersionFails() {
        FileSystemCatalog catalog = open(PlatformPolicy.permissive());
        CatalogEntry first = catalog.submit(Packages.bot("tipgoal", "1.0.0", "code"));

        assertThatThrownBy(() -> catalog.submit(Packages.bot("tipgoal", "1.0.0", "other code")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tipgoal@1.0.0")
                .hasMessageContaining(first.contentHash())
                .hasMessageContaining("immutable");
        assertThat(catalog.read("tipgoal", V1).files().get("main.js")).isEqualTo("code");
    }

    @Test
    void submit_refusesADeniedId() {
        FileSystemCatalog catalog = open(PlatformPolicy.permissive().withDenied("scambot"));

        assertThatThrownBy(() -> catalog.submit(Packages.bot("scambot", "1.0.0", "")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("id: expected an extension the platform does not deny, got \"scambot\"");
        assertThat(catalog.ids()).isEmpty();
        assertThat(dir.resolve("scambot")).doesNotExist();
    }

    @Test
    void transition_followsTheStateMachine() {
        FileSystemCatalog catalog = open(PlatformPolicy.permissive());
        catalog.submit(Packages.bot("tipgoal", "1.0.0", ""));

        assertThat(catalog.publish("tipgoal", V1).state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(catalog.deprecate("tipgoal", V1).state()).isEqualTo(PublicationState.DEPRECATED);
        assertThatThrownBy(() -> catalog.publish("tipgoal", V1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot move tipgoal@1.0.0 from DEPRECATED to PUBLISHED; from DEPRECATED it may go to"
                        + " [WITHDRAWN]");
        assertThat(catalog.withdraw("tipgoal", V1).state()).isEqualTo(PublicationState.WITHDRAWN);
        assertThatThrownBy(() -> catalog.deprecate("tipgoal", V1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void publish_requiresAReviewWhenThePolicySaysSo() {
        FileSystemCatalog catalog = open(PlatformPolicy.permissive().withReviewRequired(true));
        catalog.submit(Packages.bot("tipgoal", "1.0.0", ""));

        assertThatThrownBy(() -> catalog.publish("tipgoal", V1))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("reviewedBy: expected a review");
        catalog.review("tipgoal", V1, "ops");

        assertThat(catalog.publish("tipgoal", V1).reviewedBy()).isEqualTo("ops");
    }

    @Test
    void unknownVersion_isNamed() {
        FileSystemCatalog catalog = open(PlatformPolicy.permissive());

        assertThatThrownBy(() -> catalog.publish("nope", V1))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("nope@1.0.0");
        assertThat(catalog.find("nope", V1)).isEmpty();
        assertThat(catalog.versions("nope")).isEmpty();
    }

    @Test
    void versionsAndLatestPublished_orderBySemver() {
        FileSystemCatalog catalog = open(PlatformPolicy.permissive());
        for (String v : new String[] {"1.10.0", "1.2.0", "2.0.0-rc.1", "1.9.0"}) {
            catalog.submit(Packages.bot("tipgoal", v, v));
        }
        catalog.publish("tipgoal", Version.parse("1.2.0"));
        catalog.publish("tipgoal", Version.parse("1.10.0"));

        assertThat(catalog.versions("tipgoal"))
                .extracting(e -> e.version().toString())
                .containsExactly("1.2.0", "1.9.0", "1.10.0", "2.0.0-rc.1");
        assertThat(catalog.latestPublished("tipgoal"))
                .hasValueSatisfying(e -> assertThat(e.version()).isEqualTo(Version.parse("1.10.0")));
    }

    @Test
    void reopen_restoresEntriesStatesReviewsAndFiles() {
        FileSystemCatalog catalog = open(PlatformPolicy.permissive());
        CatalogEntry v1 = catalog.submit(Packages.bot("tipgoal", "1.0.0", "one"));
        catalog.submit(Packages.bot("tipgoal", "2.0.0", "two"));
        catalog.review("tipgoal", V1, "ops");
        catalog.publish("tipgoal", V1);
        catalog.withdraw("tipgoal", V2);

        FileSystemCatalog reopened = open(PlatformPolicy.permissive());

        assertThat(reopened.ids()).containsExactly("tipgoal");
        CatalogEntry restored = reopened.get("tipgoal", V1);
        assertThat(restored.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(restored.reviewedBy()).isEqualTo("ops");
        assertThat(restored.contentHash()).isEqualTo(v1.contentHash());
        assertThat(restored.manifest()).isEqualTo(v1.manifest());
        assertThat(reopened.get("tipgoal", V2).state()).isEqualTo(PublicationState.WITHDRAWN);
        assertThat(reopened.read("tipgoal", V2).files().get("main.js")).isEqualTo("two");
    }

    @Test
    void reopen_dropsAnInterruptedSubmit() throws Exception {
        open(PlatformPolicy.permissive()).submit(Packages.bot("tipgoal", "1.0.0", "one"));
        Path staging = Files.createDirectories(dir.resolve("tipgoal/.staging-2.0.0-1-1/files"));
        Files.writeString(staging.resolve("main.js"), "half");

        FileSystemCatalog reopened = open(PlatformPolicy.permissive());

        assertThat(reopened.versions("tipgoal")).hasSize(1);
        assertThat(dir.resolve("tipgoal/.staging-2.0.0-1-1")).doesNotExist();
    }

    @Test
    void reopen_detectsAChangedFile() throws Exception {
        open(PlatformPolicy.permissive()).submit(Packages.bot("tipgoal", "1.0.0", "one"));
        Files.writeString(dir.resolve("tipgoal/1.0.0/files/main.js"), "tampered");

        assertThatThrownBy(() -> open(PlatformPolicy.permissive()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1.0.0")
                .hasMessageContaining("not the recorded sha256:");
    }

    @Test
    void open_failsClearlyWhenTheRootIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");

        assertThatThrownBy(() -> FileSystemCatalog.open(file, PlatformPolicy.permissive()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }
}
