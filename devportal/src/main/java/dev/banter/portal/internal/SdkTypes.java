package dev.banter.portal.internal;

import dev.banter.sdk.cli.CommandPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the SDK's TypeScript declarations ({@value #DIR}{@code *.d.ts} in the sdk-js jar or classes directory) by
 * reading where the SDK's classes come from, which works on the class path and the module path alike (the
 * directory is not a Java package the SDK opens). When they declare no interface (none shipped yet, or a
 * placeholder), the portal's own minimal {@code banter/1} declarations are added, so completion works before the SDK ships its full set.
 */
final class SdkTypes {

    /** Where the SDK keeps its declarations. */
    static final String DIR = "dev/banter/sdk/types/";

    private static final String FALLBACK = "/dev/banter/portal/types/banter.d.ts";

    private SdkTypes() {}

    /** The declaration files by name; the fallback under the name {@code portal-fallback/banter.d.ts}. */
    static Map<String, String> load() {
        Map<String, String> files = new TreeMap<>();
        CodeSource source = CommandPlugin.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            try {
                Path where = Path.of(source.getLocation().toURI());
                if (Files.isDirectory(where)) {
                    fromDirectory(where.resolve(DIR), files);
                } else if (Files.isRegularFile(where)) {
                    fromJar(where, files);
                }
            } catch (URISyntaxException | IllegalArgumentException | UnsupportedOperationException e) {
                // an SDK loaded from somewhere we cannot read: use the fallback
            }
        }
        if (Declarations.read(files).types().isEmpty()) {
            // no declarations yet, or a placeholder without interfaces: completion needs at least banter/1's
            files.put("portal-fallback/banter.d.ts", fallback());
        }
        return files;
    }

    private static void fromDirectory(Path dir, Map<String, String> into) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".d.ts"))
                    .toList()) {
                into.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SDK declarations in " + dir, e);
        }
    }

    private static void fromJar(Path jar, Map<String, String> into) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                if (name.startsWith(DIR) && name.endsWith(".d.ts") && name.indexOf('/', DIR.length()) < 0) {
                    try (InputStream in = file.getInputStream(e)) {
                        into.put(name.substring(DIR.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SDK declarations in " + jar, e);
        }
    }

    private static String fallback() {
        return Workspace.resource(FALLBACK);
    }
}
