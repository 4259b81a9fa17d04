package dev.banter.sdk.harness;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.core.extension.ExtensionPackages;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An extension project: a directory with {@code banter.json}, the sources it names and, usually, {@code scenarios/}.
 *
 * @param dir the project directory
 * @param pkg the package read from it: the manifest and the files it names
 * @since 0.4
 */
public record ExtensionProject(Path dir, ExtensionPackage pkg) {

    /** The directory of a project's scenario files. */
    public static final String SCENARIOS = "scenarios";

    public ExtensionProject {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(pkg, "pkg");
    }

    /**
     * Reads a project directory with {@link ExtensionPackages#read}.
     *
     * @throws dev.banter.api.extension.ValidationException naming each problem of the manifest or a missing file
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    public static ExtensionProject load(Path dir) {
        return new ExtensionProject(dir, ExtensionPackages.read(dir));
    }

    /** The manifest. */
    public ExtensionManifest manifest() {
        return pkg.manifest();
    }

    /** The extension's id. */
    public String id() {
        return pkg.id();
    }
}
