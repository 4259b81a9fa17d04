package dev.banter.sdk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What {@code new} and {@code import-cb} write into a project: templates, jsconfig.json and the type declarations. */
final class ProjectFiles {

    /** Where the type declarations are, on the class path. */
    static final String TYPES = "dev/banter/sdk/types/";

    static final String TEMPLATES = "dev/banter/sdk/templates/";

    private ProjectFiles() {}

    /** A class-path resource as text, or null. */
    static String resource(String name) {
        try (InputStream in = ProjectFiles.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the {@code .d.ts} files shipped under {@link #TYPES}, sorted. */
    static List<String> declarations() {
        URL url = ProjectFiles.class.getClassLoader().getResource(TYPES);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.getPath(TYPES));
            }
            return list(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the type declarations at " + url, e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = new ArrayList<>();
            files.map(p -> p.getFileName().toString().replace("/", ""))
                    .filter(n -> n.endsWith(".d.ts"))
                    .sorted()
                    .forEach(names::add);
            return names;
        }
    }

    /** Copies the declarations into {@code project/types/} and writes {@code jsconfig.json} referencing them. */
    static void writeEditorFiles(Path project) throws IOException {
        Path types = Files.createDirectories(project.resolve("types"));
        for (String name : declarations()) {
            String text = resource(TYPES + name);
            if (text != null) {
                Files.writeString(types.resolve(name), text);
            }
        }
        Files.writeString(project.resolve("jsconfig.json"), """
                {
                  "compilerOptions": {
                    "checkJs": true,
                    "allowJs": true,
                    "noEmit": true,
                    "strict": false,
                    "target": "ES2022",
                    "lib": ["ES2022"],
                    "types": []
                  },
                  "include": ["*.js", "**/*.js", "types/*.d.ts"],
                  "exclude": ["dist"]
                }
                """);
    }
}
