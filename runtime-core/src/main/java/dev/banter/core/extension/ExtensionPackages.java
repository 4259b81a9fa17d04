package dev.banter.core.extension;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
        ExtensionManifest manifest = Manifests.parse(manifestJson);
        Map<String, String> files = new HashMap<>(sources);
        files.put(ExtensionManifest.FILE_NAME, manifestJson);
        return new ExtensionPackage(manifest, files);
    }

    /**
     * The package in a directory: its {@code banter.json} and the files it names (other files are left out), read
     * with {@link Manifests#read} and {@link Manifests#readSources}.
     *
     * @throws UncheckedIOException naming the file, if one cannot be read
     * @throws dev.banter.api.extension.ValidationException if the manifest does not validate, or a file it names is
     *     missing or lies outside {@code dir}
     */
    public static ExtensionPackage read(Path dir) {
        ExtensionManifest manifest = Manifests.read(dir);
        Map<String, String> files = new HashMap<>(Manifests.readSources(dir, manifest));
        files.put(ExtensionManifest.FILE_NAME, readFile(dir.resolve(ExtensionManifest.FILE_NAME)));
        return new ExtensionPackage(manifest, files);
    }

    /**
     * A package of a manifest and the files it names, each fetched by name from {@code files} (class-path
     * resources, an archive ...).
     *
     * @param files answers a file's text by its relative name, or null if there is no such file
     * @throws dev.banter.api.extension.ValidationException if the manifest does not validate or a file is missing
     */
    public static ExtensionPackage load(String manifestJson, Function<String, @Nullable String> files) {
        ExtensionManifest manifest = Manifests.parse(manifestJson);
        Map<String, String> all = new HashMap<>();
        all.put(ExtensionManifest.FILE_NAME, manifestJson);
        for (String name : manifest.files()) {
            String text = files.apply(name);
            if (text != null) {
                all.put(name, text);
            }
        }
        return new ExtensionPackage(manifest, all);
    }

    static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
