package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code @banter/sdk} npm package as an author gets it: {@code npm pack} in {@code sdk-js/npm} bundles the CLI jar
 * and the declarations, {@code npm install ./banter-sdk-*.tgz} installs it, and its {@code banter} command runs the CLI
 * on this JVM. Skipped without npm, or before the CLI jar is built (the reactor builds {@code sdk-js} first).
 */
class NpmPackageTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path PACKAGE = ROOT.resolve("sdk-js/npm");
    private static final Path JAR = ROOT.resolve("sdk-js/target/banter.jar");

    @Test
    void packedPackage_installsAndRunsTheCli(@TempDir Path out, @TempDir Path project) throws Exception {
        String npm = Commands.onPath("npm").orElse(null);
        assumeTrue(npm != null, "npm is not on the PATH; the npm package is not checked");
        assumeTrue(Files.isRegularFile(JAR), "no CLI jar at " + JAR + "; build sdk-js first");
        Map<String, String> env = Map.of("BANTER_JAR", JAR.toString(), "JAVA_HOME", System.getProperty("java.home"));

        Commands.Run pack = Commands.run(PACKAGE, 120, env, npm, "pack", "--pack-destination", out.toString());
        assertThat(pack.code()).as(pack.tail()).isZero();
        Path tgz;
        try (Stream<Path> files = Files.list(out)) {
            tgz = files.filter(f -> f.getFileName().toString().matches("banter-sdk-.*\\.tgz"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("npm pack wrote no banter-sdk-*.tgz: " + pack.tail()));
        }

        Files.writeString(project.resolve("package.json"), "{\"name\":\"demo\",\"private\":true}\n");
        Commands.Run install =
                Commands.run(project, 180, env, npm, "install", "--no-audit", "--no-fund", "--offline", tgz.toString());
        assertThat(install.code()).as(install.tail()).isZero();
        Path installed = project.resolve("node_modules/@banter/sdk");
        assertThat(installed.resolve("types/banter.d.ts")).isRegularFile();
        assertThat(installed.resolve("lib/banter.jar")).isRegularFile();

        Commands.Run help = Commands.run(
                project,
                120,
                Map.of("JAVA_HOME", System.getProperty("java.home")),
                "node_modules/.bin/banter",
                "--help");
        assertThat(help.code()).as(help.tail()).isZero();
        assertThat(help.output()).contains("validate", "test", "publish");
    }
}
