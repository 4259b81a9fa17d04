package dev.banter.sdk.cli;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.sdk.harness.Diagnostic;
import dev.banter.sdk.harness.ManifestPositions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Manifest problems as {@code banter.json:line:col} diagnostics. */
final class Diagnostics {

    private Diagnostics() {}

    static Diagnostic ofManifest(Path dir, ValidationProblem p) {
        return ManifestPositions.locate(manifestText(dir), p);
    }

    static @Nullable String manifestText(Path dir) {
        try {
            return Files.readString(dir.resolve(ExtensionManifest.FILE_NAME));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
