package dev.banter.tck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Where the example extensions are: {@code examples/extensions/} or, before they move, the examples' resources. */
final class ExampleExtensions {

    private ExampleExtensions() {}

    static Path dir(String name) {
        Path root = Path.of(System.getProperty("banter.root", ".."))
                .toAbsolutePath()
                .normalize();
        List<Path> candidates = List.of(
                root.resolve("examples/extensions").resolve(name),
                root.resolve("examples/src/main/resources/dev/banter/examples/extensions")
                        .resolve(name));
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve("banter.json"))) {
                return dir;
            }
        }
        Assumptions.abort("example extension '" + name + "' not found in " + candidates
                + " (set -Dbanter.root to the repository root)");
        throw new AssertionError("unreachable");
    }
}
