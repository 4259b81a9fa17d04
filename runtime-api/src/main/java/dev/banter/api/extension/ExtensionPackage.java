package dev.banter.api.extension;

import dev.banter.api.sandbox.ExtensionSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One version of an extension as submitted to a {@link Catalog}: its manifest and every file, {@code banter.json}
 * included. Immutable.
 *
 * <p>The {@linkplain #contentHash() content hash} is defined over the canonical file set, so any party can recompute
 * it: the files sorted by name (in {@link String#compareTo} order), each contributing its name in UTF-8, a zero byte,
 * the byte length of its UTF-8 content in decimal, a zero byte and the content; the SHA-256 of that, in lower-case
 * hex, prefixed {@code sha256:}.
 *
 * @param manifest what {@code banter.json} declares
 * @param files every file by relative name ({@code banter.json}, {@code main.js}, {@code lib/util.js}); names are
 *     1..200 chars of {@code [A-Za-z0-9._-]} segments separated by {@code /}, none of them {@code .} or {@code ..}
 *     (the rule {@code banter.json} applies to the files it names)
 * @since 0.2
 */
public record ExtensionPackage(ExtensionManifest manifest, Map<String, String> files) {

    /** File names a package may hold. */
    public static final Pattern FILE_NAME =
            Pattern.compile("(?!(?:.*/)?\\.\\.?(?:/.*)?$)[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*");

    /**
     * Checks that the files fit the manifest.
     *
     * @throws ValidationException naming each bad or missing file: {@code files.<name>}
     */
    public ExtensionPackage {
        Objects.requireNonNull(manifest, "manifest");
        files = Map.copyOf(files);
        List<ValidationProblem> problems = new ArrayList<>();
        for (String name : new TreeMap<>(files).keySet()) {
            if (name.length() > 200 || !FILE_NAME.matcher(name).matches()) {
                problems.add(new ValidationProblem(
                        "files", '"' + name + '"', "relative names of [A-Za-z0-9._-] segments, none of them . or .."));
            }
        }
        List<String> needed = new ArrayList<>(manifest.files());
        needed.addFirst(ExtensionManifest.FILE_NAME);
        for (String name : needed) {
            if (!files.containsKey(name)) {
                problems.add(new ValidationProblem("files." + name, "missing", "the file the manifest names"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("package " + manifest.coordinates(), problems);
        }
    }

    /** The extension's id. */
    public String id() {
        return manifest.id();
    }

    /** Its version. */
    public Version version() {
        return manifest.version();
    }

    /** The content hash described in the class documentation. */
    public String contentHash() {
        return contentHash(files);
    }

    /** The content hash of a file set, as described in the class documentation. */
    public static String contentHash(Map<String, String> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(content);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The code a sandbox loads: the manifest's source files without {@code banter.json}. The main file is the
     * manifest's {@code main}, or for per-handler packages the first handler file; the others run before it. A
     * per-handler ({@code cb/2}) source also carries {@code banter.json}, which says which file is which handler.
     */
    public ExtensionSource source() {
        Map<String, String> code = new LinkedHashMap<>();
        for (String name : manifest.files()) {
            code.put(name, files.get(name));
        }
        if (!manifest.handlers().isEmpty()) {
            code.put(ExtensionManifest.FILE_NAME, files.get(ExtensionManifest.FILE_NAME));
        }
        String main =
                manifest.main() != null ? manifest.main() : manifest.files().getLast();
        return new ExtensionSource(
                manifest.id(), manifest.version().toString(), manifest.dialect().key(), main, code);
    }
}
