package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Type-checks every example project (and the CLI's project templates, when they exist) against the SDK's
 * declarations with {@code tsc --noEmit} and each project's {@code jsconfig.json} ({@code checkJs}). Needs {@code
 * node} and {@code npm} on the PATH and the npm registry once: TypeScript {@value #TYPESCRIPT} is installed into
 * {@code target/tsc-cache}. Without them the tests are skipped with a message naming what is missing.
 */
class TypeCheckTest {

    /**
     * The pinned compiler. 5.9 is plain JavaScript and runs wherever node does; TypeScript 7 ships as native
     * per-platform binaries.
     */
    static final String TYPESCRIPT = "typescript@5.9.3";

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path CACHE = Path.of("target", "tsc-cache").toAbsolutePath();
    private static final Path TSC = CACHE.resolve("node_modules/typescript/bin/tsc");
    private static final Path TEMPLATES = ROOT.resolve("sdk-js/src/main/resources/dev/banter/sdk/templates");
    private static final Path BROKEN = Path.of("src/test/resources/typecheck/broken");

    private static @Nullable String node;

    @BeforeAll
    static void installTypeScript() throws Exception {
        node = Commands.onPath("node").orElse(null);
        assumeTrue(node != null, "node is not on the PATH; the example projects are not type-checked");
        if (Files.isRegularFile(TSC)) {
            return;
        }
        String npm = Commands.onPath("npm").orElse(null);
        assumeTrue(npm != null, "npm is not on the PATH; the example projects are not type-checked");
        Files.createDirectories(CACHE);
        Files.writeString(CACHE.resolve("package.json"), "{\"name\":\"tsc-cache\",\"private\":true}\n");
        Commands.Run install =
                Commands.run(CACHE, 300, npm, "install", "--no-save", "--no-audit", "--no-fund", TYPESCRIPT);
        assumeTrue(
                install.code() == 0 && Files.isRegularFile(TSC),
                () -> "npm could not install " + TYPESCRIPT + " (is the registry reachable?): " + install.tail());
    }

    @Test
    void examples_typeCheckAgainstTheDeclarations() throws Exception {
        List<Path> projects = projects(ProjectRoom.PROJECTS.toAbsolutePath());
        assertThat(projects).hasSize(ExampleProjectsTest.PROJECTS.size());

        assertThat(failures(projects)).isEmpty();
    }

    @Test
    void templates_typeCheckAgainstTheDeclarations() throws Exception {
        assumeTrue(Files.isDirectory(TEMPLATES), "no project templates at " + TEMPLATES + " yet");

        assertThat(failures(projects(TEMPLATES))).isEmpty();
    }

    @Test
    void wrongFixture_failsWithFileLineAndTheMistakes() throws Exception {
        Commands.Run check = tsc(BROKEN);

        assertThat(check.code()).isNotZero();
        assertThat(check.output())
                .contains("broken.js(3,12): error TS2551: Property 'notise' does not exist on type 'Room'")
                .contains("broken.js(4,28): error TS2551: Property 'amout' does not exist on type 'TipEvent'")
                .contains("broken.js(5,")
                .contains("broken.js(7,");
    }

    private static List<String> failures(List<Path> projects) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Path project : projects) {
            Commands.Run check = tsc(project);
            if (check.code() != 0) {
                failures.add(project.getFileName() + ":\n" + check.output());
            }
        }
        return failures;
    }

    private static Commands.Run tsc(Path project) throws Exception {
        return Commands.run(project, 120, node, TSC.toString(), "-p", "jsconfig.json", "--pretty", "false");
    }

    /** The directories under {@code dir} (at any depth) that hold a {@code jsconfig.json}, in name order. */
    private static List<Path> projects(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().equals("jsconfig.json"))
                    .map(Path::getParent)
                    .sorted()
                    .toList();
        }
    }
}
