package dev.banter.api.sandbox;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of one extension version: what a sandbox loads. Immutable.
 *
 * @param id the extension id, 1..64 chars of {@code [a-z0-9._-]}
 * @param version the version, for example {@code 1.2.0}
 * @param dialect the API dialect the code is written against, for example {@code banter/1}
 * @param main the name of the file run first; a key of {@code files}
 * @param files every source file by name; the others run before {@code main}, in name order
 * @since 0.1
 */
public record ExtensionSource(String id, String version, String dialect, String main, Map<String, String> files) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public ExtensionSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(main, "main");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("extension id must be 1..64 chars of [a-z0-9._-]: '" + id + "'");
        }
        if (version.isEmpty() || version.length() > 64) {
            throw new IllegalArgumentException("extension version must be 1..64 chars: '" + version + "'");
        }
        files = Map.copyOf(files);
        if (!files.containsKey(main)) {
            throw new IllegalArgumentException(
                    "main file '" + main + "' is not among the files " + files.keySet() + " of " + id);
        }
    }

    /** A one-file extension. */
    public static ExtensionSource of(String id, String version, String dialect, String fileName, String code) {
        return new ExtensionSource(id, version, dialect, fileName, Map.of(fileName, code));
    }

    /** A one-file {@code banter/1} extension at version {@code 0.0.0}. */
    public static ExtensionSource banter1(String id, String code) {
        return of(id, "0.0.0", "banter/1", id + ".js", code);
    }

    /** {@code id@version}: the key of this version's shared engine state. */
    public String coordinates() {
        return id + "@" + version;
    }

    /** Characters of all files together. */
    public long size() {
        long n = 0;
        for (String code : files.values()) {
            n += code.length();
        }
        return n;
    }
}
