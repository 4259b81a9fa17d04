package dev.banter.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the browser tests ({@code src/test/web/portal-e2e.mjs}, playwright-core on the machine's Chromium) against a
 * portal on a free port: create from a template, completion, a diagnostic at its line, {@code !roll} in the test
 * room, publishing 1.0.0. Screenshots go to {@code target/screenshots}. Skipped when node, Chromium or
 * playwright-core is missing.
 */
class PortalBrowserTest {

    private static final long TIMEOUT_SECONDS = 150;

    @TempDir
    Path dir;

    @Test
    void journeys_passInChromium() throws IOException, InterruptedException {
        Path base = Path.of(System.getProperty("portal.basedir", "."));
        Path script = base.resolve("src/test/web/portal-e2e.mjs");
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assumeTrue(onPath("node"), "node is not on PATH: the browser tests need Node.js (apt-get install nodejs)");
        assumeTrue(
                Files.isExecutable(Path.of(chromium)),
                "no Chromium at " + chromium + ": run .ci/ensure-chromium (apt-get install -y chromium)");
        assumeTrue(
                Files.isDirectory(base.resolve("node_modules/playwright-core")),
                "playwright-core is not installed in devportal/node_modules: build the module once (npm ci)");
        Path shots = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
        try (Portal portal = Portal.newBuilder()
                .port(0)
                .workspace(dir.resolve("work"))
                .catalog(dir.resolve("catalog"))
                .start()) {
            Path log = dir.resolve("e2e.log");
            Process p = new ProcessBuilder(
                            "node",
                            script.toString(),
                            portal.url(),
                            shots.toAbsolutePath().toString())
                    .directory(base.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(done)
                    .as("the browser tests did not end within %d s:%n%s", TIMEOUT_SECONDS, output)
                    .isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("e2e: 5 passed, 0 failed").doesNotContain("page errors");
        }
        assertThat(shots.resolve("4-test-room.png")).exists();
        assertThat(shots.resolve("5-published.png")).exists();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
