package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.Version;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.sdk.harness.PackageArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackPublishCommandTest {

    @TempDir
    Path tmp;

    @Test
    void pack_writesArchiveWithTheCatalogsContentHash() throws Exception {
        Path project = Cli.fixture("tipgoal", tmp);
        ExtensionPackage expected = ExtensionPackages.read(project);

        Cli.Run run = Cli.run("pack", project.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Path archive = project.resolve("dist/tipgoal-1.0.0.banter.zip");
        assertThat(run.out()).contains(expected.contentHash()).contains(archive.toString());
        ExtensionPackage back = PackageArchive.read(Files.readAllBytes(archive));
        assertThat(back.contentHash()).isEqualTo(expected.contentHash());
        assertThat(PackageArchive.bytes(back)).isEqualTo(Files.readAllBytes(archive));
    }

    @Test
    void publish_thenAgain_isHarmless_andAnOlderVersionIsRefused() throws Exception {
        Path project = Cli.fixture("tipgoal", tmp);
        Path catalog = tmp.resolve("catalog");

        Cli.Run first = Cli.run("publish", project.toString(), "--catalog", catalog.toString());
        Cli.Run again = Cli.run("publish", project.toString(), "--catalog", catalog.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("tipgoal@1.0.0 published sha256:");
        assertThat(again.code()).isZero();
        FileSystemCatalog opened = FileSystemCatalog.open(catalog, PlatformPolicy.permissive());
        assertThat(opened.get("tipgoal", Version.parse("1.0.0")).state()).isEqualTo(PublicationState.PUBLISHED);

        Path manifest = project.resolve("banter.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"1.0.0\"", "\"2.0.0\""));
        assertThat(Cli.run("publish", project.toString(), "--catalog", catalog.toString())
                        .code())
                .isZero();
        Files.writeString(manifest, Files.readString(manifest).replace("\"2.0.0\"", "\"1.5.0\""));
        Cli.Run older = Cli.run("publish", project.toString(), "--catalog", catalog.toString());
        assertThat(older.code()).isEqualTo(1);
        assertThat(older.err())
                .contains("version: expected a version above 2.0.0")
                .contains("got 1.5.0");
    }

    @Test
    void publish_changedContentUnderTheSameVersion_isRefused() throws Exception {
        Path project = Cli.fixture("tipgoal", tmp);
        Path catalog = tmp.resolve("catalog");
        assertThat(Cli.run("publish", project.toString(), "--catalog", catalog.toString())
                        .code())
                .isZero();
        Files.writeString(project.resolve("main.js"), Files.readString(project.resolve("main.js")) + "\n// changed\n");

        Cli.Run run = Cli.run("publish", project.toString(), "--catalog", catalog.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("sha256:");
    }

    @Test
    void publish_withReviewRequiredAndNoReviewer_staysADraftAndFails() {
        Path project = Cli.fixture("tipgoal", tmp);
        Path catalog = tmp.resolve("catalog");

        Cli.Run refused = Cli.run("publish", project.toString(), "--catalog", catalog.toString(), "--require-review");
        Cli.Run reviewed = Cli.run(
                "publish",
                project.toString(),
                "--catalog",
                catalog.toString(),
                "--require-review",
                "--reviewer",
                "ops");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("review");
        assertThat(reviewed.code()).as(reviewed.err()).isZero();
        assertThat(reviewed.out()).contains("published");
    }

    @Test
    void publish_invalidProject_isRefusedWithPositions() {
        Cli.Run run = Cli.run(
                "publish",
                Cli.fixture("badcode", tmp).toString(),
                "--catalog",
                tmp.resolve("c").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("main.js:5:21:").contains("not published");
    }
}
