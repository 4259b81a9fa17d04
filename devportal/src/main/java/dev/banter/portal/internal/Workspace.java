package dev.banter.portal.internal;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.sdk.harness.ExtensionProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The author's projects: one directory per extension id under the workspace root, each an ordinary extension
 * project ({@code banter.json}, sources, {@code scenarios/}) that {@code banter test} runs as it is.
 *
 * <p>Every name from a request is checked before it touches the disk: ids by the manifest's id rule, file names by
 * {@link ExtensionPackage#FILE_NAME} (no {@code .} or {@code ..} segment, no absolute path), and the resolved path
 * must stay inside the project.
 */
public final class Workspace {

    /** The manifest's id rule. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The largest file the editor saves. */
    static final int MAX_FILE = 1024 * 1024;

    private static final List<String> TEMPLATES = List.of("command-bot", "tip-goal-app", "cb2-app");

    private final Path root;

    public Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** The templates a project can start from. */
    public static List<String> templates() {
        return TEMPLATES;
    }

    /** The ids of the projects, sorted. */
    public List<String> ids() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(ExtensionManifest.FILE_NAME)))
                    .map(d -> d.getFileName().toString())
                    .filter(n -> ID.matcher(n).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the workspace " + root, e);
        }
    }

    /** A project's directory; 404 if there is none. */
    public Path dir(String id) {
        Path dir = root.resolve(checkId(id));
        if (!Files.isRegularFile(dir.resolve(ExtensionManifest.FILE_NAME))) {
            throw ApiException.notFound("id: expected a project of the workspace, got \"" + id + "\"");
        }
        return dir;
    }

    /**
     * Creates a project from a template, with the id and name filled in.
     *
     * @throws ApiException 400 for an unknown template or a bad id, 409 if the project exists
     */
    public Path create(String id, String template) {
        checkId(id);
        if (!TEMPLATES.contains(template)) {
            throw ApiException.bad("template: expected one of " + TEMPLATES + ", got " + Json.cut(template));
        }
        Path dir = root.resolve(id);
        if (Files.exists(dir)) {
            throw ApiException.conflict("id: a project \"" + id + "\" exists already");
        }
        for (String name : templateFiles(template)) {
            String text = resource("/dev/banter/portal/templates/" + template + "/" + name)
                    .replace("__ID__", id);
            write(dir, name, text);
        }
        return dir;
    }

    /** Every file of a project, by relative name (sorted), with {@code /} separators. */
    public Map<String, String> files(String id) {
        Path dir = dir(id);
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (ExtensionPackage.FILE_NAME.matcher(name).matches()) {
                    out.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the project " + id, e);
        }
        return out;
    }

    /** One file's text; 404 if there is none. */
    public String read(String id, String name) {
        Path file = resolve(dir(id), name);
        if (!Files.isRegularFile(file)) {
            throw ApiException.notFound("file: expected a file of " + id + ", got " + Json.cut(name));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " of " + id, e);
        }
    }

    /** Writes one file of an existing project. */
    public void save(String id, String name, String text) {
        write(dir(id), name, text);
    }

    /** Replaces every file of a project with {@code files} (a version read back from the catalog). */
    public void replace(String id, Map<String, String> files) {
        Path dir = dir(id);
        for (String name : files(id).keySet()) {
            if (!name.startsWith(ExtensionProject.SCENARIOS + "/") && !name.equals(ExtensionManifest.FILE_NAME)) {
                delete(id, name);
            }
        }
        files.forEach((name, text) -> write(dir, name, text));
    }

    /** Deletes one file; the manifest cannot be deleted. */
    public void delete(String id, String name) {
        if (name.equals(ExtensionManifest.FILE_NAME)) {
            throw ApiException.bad("file: banter.json cannot be deleted");
        }
        Path file = resolve(dir(id), name);
        try {
            if (!Files.deleteIfExists(file)) {
                throw ApiException.notFound("file: expected a file of " + id + ", got " + Json.cut(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + name + " of " + id, e);
        }
    }

    /** Checks an id by the manifest's rule. */
    static String checkId(String id) {
        if (!ID.matcher(id).matches()) {
            throw ApiException.bad(
                    "id: expected 1..64 chars of [a-z0-9._-] starting with a letter or digit, got " + Json.cut(id));
        }
        return id;
    }

    /** The path of file {@code name} in {@code dir}, refusing any name that could leave it. */
    static Path resolve(Path dir, String name) {
        if (name.length() > 200 || !ExtensionPackage.FILE_NAME.matcher(name).matches()) {
            throw ApiException.bad("file: expected a relative name of [A-Za-z0-9._-] segments separated by /,"
                    + " none of them . or .., got " + Json.cut(name));
        }
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || file.equals(dir)) {
            throw ApiException.bad("file: " + Json.cut(name) + " lies outside the project");
        }
        return file;
    }

    private static void write(Path dir, String name, String text) {
        if (text.length() > MAX_FILE) {
            throw ApiException.bad("text: expected at most " + MAX_FILE + " chars, got " + text.length());
        }
        Path file = resolve(dir, name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    private static List<String> templateFiles(String template) {
        List<String> names = new ArrayList<>();
        for (String line : resource("/dev/banter/portal/templates/" + template + "/files.txt")
                .split("\n")) {
            if (!line.isBlank()) {
                names.add(line.trim());
            }
        }
        return names;
    }

    /** A class-path resource of the portal's jar, as text. */
    static String resource(String path) {
        try (InputStream in = Workspace.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the portal's resource " + path + " is missing from its jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the portal's resource " + path, e);
        }
    }
}
