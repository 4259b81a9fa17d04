package dev.banter.core.extension;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes {@link ExtensionPackage}s from a {@code banter.json} text and its source files, or from a directory.
 *
 * @since 0.2
 */
public final class ExtensionPackages {

    private ExtensionPackages() {}

    /**
     * A package of a manifest and the source files it names.
     *
     * @param manifestJson the text of {@code banter.json}
     * @param sources the other files, by relative name
     * @throws dev.banter.api.extension.ValidationException naming the field and value, if the manifest does not
     *     validate or a file it names is missing
     */
    public static ExtensionPackage of(String manifestJson, Map<String, String> sources) {
        ExtensionManifest manifest = ManifestReader.parse(manifestJson);
        Map<String, String> files = new HashMap<>(sources);
        files.put(ExtensionManifest.FILE_NAME, manifestJson);
        return new ExtensionPackage(manifest, files);
    }

    /**
     * The package in a directory: its {@code banter.json} and the files it names (other files are left out).
     *
     * @throws UncheckedIOException naming the file, if one cannot be read
     * @throws dev.banter.api.extension.ValidationException if the manifest does not validate or a file is missing
     */
    public static ExtensionPackage read(Path dir) {
        String json = readFile(dir.resolve(ExtensionManifest.FILE_NAME));
        ExtensionManifest manifest = ManifestReader.parse(json);
        Map<String, String> files = new HashMap<>();
        files.put(ExtensionManifest.FILE_NAME, json);
        for (String name : manifest.files()) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.put(name, readFile(file));
            }
        }
        return new ExtensionPackage(manifest, files);
    }

    static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
