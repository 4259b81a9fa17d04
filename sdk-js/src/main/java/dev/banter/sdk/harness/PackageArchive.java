package dev.banter.sdk.harness;

import dev.banter.api.extension.ExtensionPackage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An extension package as one archive: a zip of the package's files (as the catalog stores them under {@code files/},
 * {@code banter.json} included) plus {@code package.properties} with {@code id}, {@code version} and the content
 * hash of {@link ExtensionPackage#contentHash()}. Entries are sorted and carry a fixed time, so packing the same
 * files twice gives the same bytes.
 *
 * @since 0.4
 */
public final class PackageArchive {

    /** The entry with the package's coordinates and content hash. */
    public static final String PROPERTIES = "package.properties";

    /** The directory of the package's files inside the archive. */
    public static final String FILES = "files/";

    private static final FileTime EPOCH = FileTime.fromMillis(315_532_800_000L); // 1980-01-01, zip's own epoch

    private PackageArchive() {}

    /** The archive's file name: {@code <id>-<version>.banter.zip}. */
    public static String fileName(ExtensionPackage pkg) {
        return pkg.id() + "-" + pkg.version() + ".banter.zip";
    }

    /**
     * Writes the archive.
     *
     * @throws UncheckedIOException naming the file, if it cannot be written
     */
    public static void write(ExtensionPackage pkg, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes(pkg));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The archive's bytes. */
    public static byte[] bytes(ExtensionPackage pkg) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
            String props =
                    "id=" + pkg.id() + "\nversion=" + pkg.version() + "\ncontentHash=" + pkg.contentHash() + "\n";
            entry(zip, PROPERTIES, props);
            for (Map.Entry<String, String> f : new TreeMap<>(pkg.files()).entrySet()) {
                entry(zip, FILES + f.getKey(), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /**
     * Reads an archive back into its package, checking the recorded content hash.
     *
     * @throws IllegalArgumentException if the archive has no {@code banter.json}, or its files do not hash to the
     *     recorded hash, naming both
     * @throws dev.banter.api.extension.ValidationException if the manifest does not validate
     */
    public static ExtensionPackage read(byte[] archive) {
        Map<String, String> files = new HashMap<>();
        String props = null;
        try (ZipInputStream zip =
                new ZipInputStream(new java.io.ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals(PROPERTIES)) {
                    props = text;
                } else if (e.getName().startsWith(FILES)) {
                    files.put(e.getName().substring(FILES.length()), text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String manifest = files.remove(dev.banter.api.extension.ExtensionManifest.FILE_NAME);
        if (manifest == null || props == null) {
            throw new IllegalArgumentException(
                    "not a Banter package archive: it needs " + PROPERTIES + " and " + FILES + "banter.json");
        }
        ExtensionPackage pkg = dev.banter.core.extension.ExtensionPackages.of(manifest, files);
        String recorded = props.lines()
                .filter(l -> l.startsWith("contentHash="))
                .map(l -> l.substring("contentHash=".length()))
                .findFirst()
                .orElse("missing");
        if (!recorded.equals(pkg.contentHash())) {
            throw new IllegalArgumentException(
                    "the archive's files hash to " + pkg.contentHash() + ", not the recorded " + recorded);
        }
        return pkg;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(EPOCH);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
