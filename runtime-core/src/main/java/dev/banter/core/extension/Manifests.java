package dev.banter.core.extension;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads, validates and writes extension manifests ({@code banter.json}), checks an extension's requested limits
 * against the platform's maxima, and finds statically visible uses of permissions the manifest does not declare.
 *
 * <h2>The {@code banter.json} layout</h2>
 *
 * <pre>{@code
 * {
 *   "id": "tip-goal",                  // required: 1..64 chars of [a-z0-9._-], starting with a letter or digit
 *   "name": "Tip goal",                // required: 1..100 chars, not blank
 *   "version": "1.2.0",                // required: semantic version, MAJOR.MINOR.PATCH[-PRERELEASE]
 *   "kind": "bot",                     // required: "app" | "bot"
 *   "api": "banter/1",                 // required: "banter/1" | "cb/1" | "cb/2"
 *   "main": "main.js",                 // exactly one of main and handlers
 *   "handlers": {"onTip": "tip.js"},   //   handlers (event name to file) only with "cb/2"
 *   "shared": ["lib/util.js"],         // files evaluated first, in order
 *   "types": ["tip", "chat.message"],  // message types handled
 *   "categories": ["command"],         // routing categories subscribed to
 *   "commands": ["goal"],              // commands answered, without prefix: 1..32 chars of [a-z0-9_-]
 *   "permissions": ["notice", "kv"],   // keys of dev.banter.api.action.Permission
 *   "settings": [                      // at most 100, distinct names
 *     {"name": "goal", "type": "int", "label": "Goal", "required": true, "default": 500, "min": 1, "max": 1000000}
 *   ],
 *   "limits": {"deadline": 50},        // keys of dev.banter.api.sandbox.LimitKind, positive integers
 *   "description": "Counts tips toward a goal."   // up to 2,000 chars
 * }
 * }</pre>
 *
 * <p>Only {@code id, name, version, kind, api} and one of {@code main}/{@code handlers} are required; the arrays
 * default to empty, {@code limits} to none and {@code description} to {@code ""}. Arrays hold at most 100 distinct
 * items. Files are relative paths of {@code [A-Za-z0-9_.-]} segments separated by {@code /}, without {@code .} or
 * {@code ..}, 1..200 chars.
 *
 * <p>A setting has {@code name} (a letter, then up to 63 of {@code [A-Za-z0-9_]}), {@code type}, {@code label}
 * (1..200 chars), {@code required} (default false) and an optional {@code default}, plus the keys of its type:
 *
 * <table>
 *   <caption>setting types</caption>
 *   <tr><th>type</th><th>keys (default)</th><th>value</th></tr>
 *   <tr><td>int</td><td>min, max (&plusmn;2<sup>53</sup>-1)</td><td>an integer in min..max</td></tr>
 *   <tr><td>string</td><td>minLength (0), maxLength (10000)</td><td>a string of that length</td></tr>
 *   <tr><td>choice</td><td>choices (required: 1..100 distinct strings)</td><td>one of the choices</td></tr>
 *   <tr><td>boolean</td><td>-</td><td>true or false</td></tr>
 *   <tr><td>color</td><td>-</td><td>{@code #rrggbb}</td></tr>
 *   <tr><td>list</td><td>minItems (0), maxItems (1000), maxItemLength (10000)</td>
 *       <td>that many strings of 1..maxItemLength chars</td></tr>
 * </table>
 *
 * <p>The same rules are shipped as a JSON Schema (draft 2020-12), {@link #schema()}.
 *
 * <h2>Errors</h2>
 *
 * Reading never stops at the first problem: a {@link ValidationException} lists every one, each with its JSON path
 * ({@code version}, {@code permissions[2]}, {@code settings[0].max}, {@code limits.deadline}, {@code $} for the
 * document) and the offending value. Unknown keys, wrong JSON types, keys given twice, anything after the
 * top-level object, text that is not JSON, a {@code min} above its {@code max} and a default that does not fit its
 * setting are all such problems; no other exception escapes {@link #parse}.
 *
 * <p>All methods are static, thread-safe and cheap enough for install time; none is meant for the per-message path.
 *
 * @since 0.2
 */
public final class Manifests {

    /** The class-path resource of the manifest's JSON Schema, relative to this class. */
    public static final String SCHEMA_RESOURCE = "banter-manifest.schema.json";

    private Manifests() {}

    /**
     * Reads a manifest from its JSON text.
     *
     * @throws ValidationException listing every problem, if the text is not a valid manifest
     */
    public static ExtensionManifest parse(String json) {
        Objects.requireNonNull(json, "json");
        return ManifestReader.read(json, ExtensionManifest.FILE_NAME);
    }

    /**
     * Reads {@code dir/banter.json} (UTF-8) and checks that every file it names exists, is a regular file and lies
     * inside {@code dir} (also after following links).
     *
     * @throws ValidationException listing every problem: a missing or unreadable manifest (at {@code banter.json}),
     *     the manifest's own problems, and each named file that is missing or outside {@code dir} (at the key that
     *     names it: {@code main}, {@code shared[1]}, {@code handlers.onTip})
     */
    public static ExtensionManifest read(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path file = dir.resolve(ExtensionManifest.FILE_NAME);
        String subject = file.toString();
        List<ValidationProblem> problems = new ArrayList<>();
        String text = utf8(file, ExtensionManifest.FILE_NAME, problems);
        if (text == null) {
            throw new ValidationException(subject, problems);
        }
        ExtensionManifest manifest = ManifestReader.read(text, subject);
        Path root = realDirectory(dir, problems);
        for (Map.Entry<String, String> named : namedFiles(manifest).entrySet()) {
            checkFile(root, named.getKey(), named.getValue(), problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(subject, problems);
        }
        return manifest;
    }

    /**
     * Reads the source files {@code manifest} names from {@code dir}, as UTF-8, for {@link #staticProblems}.
     *
     * @return file name to source, in {@link ExtensionManifest#files()} order
     * @throws ValidationException listing each file that is missing, outside {@code dir} or not UTF-8
     */
    public static Map<String, String> readSources(Path dir, ExtensionManifest manifest) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(manifest, "manifest");
        List<ValidationProblem> problems = new ArrayList<>();
        Path root = realDirectory(dir, problems);
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> paths = namedFiles(manifest);
        for (String name : manifest.files()) {
            String jsonPath = paths.entrySet().stream()
                    .filter(e -> e.getValue().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            if (checkFile(root, jsonPath, name, problems)) {
                String code = utf8(dir.resolve(name), name, problems);
                if (code != null) {
                    sources.put(name, code);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("sources of " + manifest.coordinates(), problems);
        }
        return sources;
    }

    /**
     * Writes {@code manifest} in canonical form: the keys in the order of the class description, every optional key
     * present, handlers sorted by event, permissions and limits in their enum order, each setting with every key of
     * its type. For every manifest {@link #parse} returns, {@code parse(toJson(m)).equals(m)}.
     */
    public static String toJson(ExtensionManifest manifest) {
        Objects.requireNonNull(manifest, "manifest");
        return ManifestWriter.write(manifest);
    }

    /**
     * Checks the limits {@code manifest} asks for against the platform's {@code maxima}: a value above its maximum,
     * or for a {@link LimitKind#isFloor() floor} such as {@code timer-interval} below its minimum, is a problem at
     * {@code limits.<key>}.
     *
     * @return the problems, in {@link LimitKind} order; empty when every request is allowed
     */
    public static List<ValidationProblem> checkLimits(ExtensionManifest manifest, SandboxLimits maxima) {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(maxima, "maxima");
        return manifest.limitProblems(maxima);
    }

    /**
     * The limits an instance of {@code manifest} runs with: each of the platform's {@code defaults}, made no looser
     * than {@code maxima} ({@link SandboxLimits#min}), then replaced by the manifest's request for it, if any.
     *
     * @throws ValidationException listing, as {@link #checkLimits} does, every request outside the maxima
     */
    public static SandboxLimits effectiveLimits(
            ExtensionManifest manifest, SandboxLimits defaults, SandboxLimits maxima) {
        Objects.requireNonNull(defaults, "defaults");
        List<ValidationProblem> problems = checkLimits(manifest, maxima);
        if (!problems.isEmpty()) {
            throw new ValidationException("limits of " + manifest.coordinates(), problems);
        }
        SandboxLimits limits = defaults.min(maxima);
        for (Map.Entry<LimitKind, Long> e : manifest.limits().entrySet()) {
            limits = limits.with(e.getKey(), e.getValue());
        }
        return limits;
    }

    /**
     * {@link #effectiveLimits(ExtensionManifest, SandboxLimits, SandboxLimits)} with {@link SandboxLimits#defaults()}.
     *
     * @throws ValidationException listing every request outside the maxima
     */
    public static SandboxLimits effectiveLimits(ExtensionManifest manifest, SandboxLimits maxima) {
        return effectiveLimits(manifest, SandboxLimits.defaults(), maxima);
    }

    /**
     * Finds, in the sources of a {@code banter/1} extension, what its manifest does not allow: uses of the handler
     * context that need a permission it does not declare ({@code room.notice} needs {@code notice},
     * {@code room.setSubject} {@code subject}, {@code moderation.mute/ban/kick/warn} the matching
     * {@code moderation.*}, any {@code .kv} or {@code kv.get/set/has/incr/delete/keys} needs {@code kv}, any
     * {@code .timers}, {@code timers.after/every/cancel} and {@code banter.timer} need {@code timers}), and
     * {@code banter.on('type', ...)} or {@code banter.command('name', ...)} for a type or command the manifest does
     * not declare. Each problem's path is {@code file:line:column}.
     *
     * <p>This is a lexical check, not an analysis: it reads tokens, skipping comments, string and template text and
     * regular expressions (but not the code inside {@code ${...}}). It sees {@code ctx.kv.get(k)} and
     * {@code const {room} = ctx; room.notice(t)}, but not {@code ctx['kv']} or a handler registered under a
     * computed name, and it may flag an object of the extension's own that happens to be called {@code kv} or
     * {@code room}. A clean result is therefore no guarantee: the sandbox refuses every call without its permission
     * at run time anyway. Other dialects are not checked yet (the answer is empty).
     *
     * @param files file name to source; a file the manifest names but the map lacks is a problem
     * @return the problems in file and source order; empty when none was found
     */
    public static List<ValidationProblem> staticProblems(ExtensionManifest manifest, Map<String, String> files) {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(files, "files");
        return StaticCheck.problems(manifest, files);
    }

    /** The JSON Schema (draft 2020-12) of {@code banter.json}, as shipped in {@link #SCHEMA_RESOURCE}. */
    public static String schema() {
        try (InputStream in = Manifests.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the manifest schema resource " + SCHEMA_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON path to file name, for every file the manifest names. */
    private static Map<String, String> namedFiles(ExtensionManifest m) {
        Map<String, String> files = new LinkedHashMap<>();
        if (m.main() != null) {
            files.put("main", m.main());
        }
        new TreeMap<>(m.handlers()).forEach((event, file) -> files.put(JsonDocument.child("handlers", event), file));
        for (int i = 0; i < m.shared().size(); i++) {
            files.put("shared[" + i + "]", m.shared().get(i));
        }
        return files;
    }

    private static @Nullable Path realDirectory(Path dir, List<ValidationProblem> problems) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            problems.add(new ValidationProblem(JsonDocument.ROOT, dir.toString(), "an existing directory"));
            return null;
        }
    }

    private static boolean checkFile(
            @Nullable Path root, String jsonPath, String name, List<ValidationProblem> problems) {
        if (root == null) {
            return false;
        }
        Path file = root.resolve(name).normalize();
        String expected = "a regular file inside the extension's directory";
        if (!Files.isRegularFile(file)) {
            problems.add(new ValidationProblem(
                    jsonPath, '"' + name + '"', Files.exists(file) ? expected + ", not a directory" : expected));
            return false;
        }
        try {
            if (!file.toRealPath().startsWith(root)) {
                problems.add(new ValidationProblem(jsonPath, '"' + name + '"', expected + ", not a link out of it"));
                return false;
            }
        } catch (IOException e) {
            problems.add(new ValidationProblem(jsonPath, '"' + name + '"', expected + " (" + e.getMessage() + ")"));
            return false;
        }
        return true;
    }

    /** The file's text, strictly decoded; null (and a problem at {@code jsonPath}) if it cannot be read. */
    private static @Nullable String utf8(Path file, String jsonPath, List<ValidationProblem> problems) {
        byte[] bytes;
        try {
            if (Files.size(file) > 4L * JsonDocument.MAX_CHARS) {
                problems.add(new ValidationProblem(jsonPath, Files.size(file) + " bytes", "a file of at most 4 MiB"));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new ValidationProblem(jsonPath, "missing", "a readable file at " + file));
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(new ValidationProblem(jsonPath, "malformed bytes", "UTF-8 text"));
            return null;
        }
    }
}
