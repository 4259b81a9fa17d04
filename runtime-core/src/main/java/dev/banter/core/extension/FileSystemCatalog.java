package dev.banter.core.extension;

import dev.banter.api.extension.Catalog;
import dev.banter.api.extension.CatalogEntry;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.api.extension.Version;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The embedded {@link Catalog}: one directory per version on the local file system, read back on open.
 *
 * <p>Layout under the root directory:
 *
 * <pre>
 * &lt;root&gt;/
 *   &lt;id&gt;/
 *     &lt;version&gt;/                 one directory per version, created whole by an atomic rename
 *       files/banter.json         the package's files, exactly as submitted; never written again
 *       files/main.js ...
 *       entry.properties          state, content hash, reviewer, times; replaced atomically on each change
 *     .staging-&lt;version&gt;-&lt;n&gt;/    a version being written; removed on open if a crash left it
 * </pre>
 *
 * <p>On open every version's files are hashed again and compared with the recorded hash, so a tampered or torn
 * version is an error, not a silent change. One process owns a root at a time; within it, calls are serialized.
 *
 * @since 0.2
 */
public final class FileSystemCatalog implements Catalog {

    private static final String FILES = "files";
    private static final String ENTRY = "entry.properties";
    private static final String STAGING = ".staging-";

    private final Path root;
    private final PlatformPolicy policy;
    private final Clock clock;
    private final Map<String, TreeMap<Version, CatalogEntry>> entries = new HashMap<>();
    private long staged;

    private FileSystemCatalog(Path root, PlatformPolicy policy, Clock clock) {
        this.root = root;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) the catalog in {@code root}, with the system clock.
     *
     * @throws UncheckedIOException if the directory cannot be read or created
     * @throws IllegalStateException naming the version, if stored files do not match their recorded hash
     */
    public static FileSystemCatalog open(Path root, PlatformPolicy policy) {
        return open(root, policy, Clock.systemUTC());
    }

    /** As {@link #open(Path, PlatformPolicy)}, stamping changes with {@code clock}. */
    public static FileSystemCatalog open(Path root, PlatformPolicy policy, Clock clock) {
        FileSystemCatalog catalog = new FileSystemCatalog(root, policy, clock);
        try {
            Files.createDirectories(root);
            catalog.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the catalog in " + root, e);
        }
        return catalog;
    }

    /** The root directory. */
    public Path root() {
        return root;
    }

    @Override
    public PlatformPolicy policy() {
        return policy;
    }

    @Override
    public synchronized CatalogEntry submit(ExtensionPackage pkg) {
        List<ValidationProblem> problems = new ArrayList<>(policy.submitProblems(pkg.manifest()));
        problems.addAll(Manifests.staticProblems(pkg.manifest(), pkg.source().files()));
        require("submitting " + pkg.manifest().coordinates(), problems);
        String hash = pkg.contentHash();
        CatalogEntry existing = find(pkg.id(), pkg.version()).orElse(null);
        if (existing != null) {
            if (existing.contentHash().equals(hash)) {
                return existing;
            }
            throw new IllegalStateException("version " + existing.coordinates() + " is in the catalog with content "
                    + existing.contentHash() + "; versions are immutable, and this package has " + hash
                    + ": publish it under a new version");
        }
        Instant now = clock.instant();
        CatalogEntry entry = new CatalogEntry(pkg.manifest(), hash, PublicationState.DRAFT, null, now, now);
        try {
            writeVersion(pkg, entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + entry.coordinates() + " in " + root, e);
        }
        entries.computeIfAbsent(pkg.id(), k -> new TreeMap<>()).put(pkg.version(), entry);
        return entry;
    }

    @Override
    public synchronized CatalogEntry review(String id, Version version, String reviewer) {
        CatalogEntry entry = get(id, version);
        if (entry.state().isFinal()) {
            throw new IllegalStateException(entry.coordinates() + " is withdrawn; it cannot be reviewed");
        }
        return store(entry.withReview(reviewer, clock.instant()));
    }

    @Override
    public synchronized CatalogEntry transition(String id, Version version, PublicationState target) {
        CatalogEntry entry = get(id, version);
        if (!entry.state().canMoveTo(target)) {
            throw new IllegalStateException("cannot move " + entry.coordinates() + " from " + entry.state() + " to "
                    + target + "; from " + entry.state() + " it may go to "
                    + new TreeSet<>(entry.state().next()));
        }
        if (target == PublicationState.PUBLISHED) {
            require("publishing " + entry.coordinates(), policy.publishProblems(entry));
        }
        return store(entry.withState(target, clock.instant()));
    }

    @Override
    public synchronized Optional<CatalogEntry> find(String id, Version version) {
        TreeMap<Version, CatalogEntry> versions = entries.get(id);
        return Optional.ofNullable(versions == null ? null : versions.get(version));
    }

    @Override
    public synchronized List<CatalogEntry> versions(String id) {
        TreeMap<Version, CatalogEntry> versions = entries.get(id);
        return versions == null ? List.of() : List.copyOf(versions.values());
    }

    @Override
    public synchronized Set<String> ids() {
        return Set.copyOf(entries.keySet());
    }

    @Override
    public ExtensionPackage read(String id, Version version) {
        CatalogEntry entry = get(id, version);
        try {
            return new ExtensionPackage(
                    entry.manifest(), readFiles(versionDir(id, version).resolve(FILES)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry.coordinates() + " from " + root, e);
        }
    }

    private static void require(String subject, List<ValidationProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(subject, problems);
        }
    }

    private CatalogEntry store(CatalogEntry entry) {
        try {
            writeEntry(versionDir(entry.id(), entry.version()), entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + entry.coordinates() + " in " + root, e);
        }
        entries.get(entry.id()).put(entry.version(), entry);
        return entry;
    }

    private Path versionDir(String id, Version version) {
        return root.resolve(id).resolve(version.toString());
    }

    // ---- writing: stage a whole version, then rename it into place --------------------------------------------

    private void writeVersion(ExtensionPackage pkg, CatalogEntry entry) throws IOException {
        Path idDir = Files.createDirectories(root.resolve(pkg.id()));
        Path staging = idDir.resolve(STAGING + pkg.version() + "-" + (++staged) + "-" + System.nanoTime());
        try {
            for (Map.Entry<String, String> file : pkg.files().entrySet()) {
                Path target = staging.resolve(FILES).resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            writeEntry(staging, entry);
            move(staging, versionDir(pkg.id(), pkg.version()));
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static void writeEntry(Path dir, CatalogEntry entry) throws IOException {
        Properties p = new Properties();
        p.setProperty("state", entry.state().name());
        p.setProperty("hash", entry.contentHash());
        p.setProperty("submitted", entry.submitted().toString());
        p.setProperty("changed", entry.changed().toString());
        if (entry.reviewedBy() != null) {
            p.setProperty("reviewedBy", entry.reviewedBy());
        }
        Path tmp = dir.resolve(ENTRY + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, entry.coordinates());
        }
        move(tmp, dir.resolve(ENTRY));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // ---- reading back on open ---------------------------------------------------------------------------------

    private void load() throws IOException {
        for (Path idDir : children(root)) {
            if (!Files.isDirectory(idDir) || idDir.getFileName().toString().startsWith(".")) {
                continue;
            }
            for (Path dir : children(idDir)) {
                String name = dir.getFileName().toString();
                if (name.startsWith(STAGING)) {
                    deleteTree(dir); // a submit that crashed before its rename: it never happened
                } else if (Files.isDirectory(dir)) {
                    CatalogEntry entry = loadVersion(dir);
                    entries.computeIfAbsent(entry.id(), k -> new TreeMap<>()).put(entry.version(), entry);
                }
            }
        }
    }

    private static CatalogEntry loadVersion(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(ENTRY))) {
            p.load(r);
        }
        Map<String, String> files = readFiles(dir.resolve(FILES));
        String recorded = p.getProperty("hash");
        String actual = ExtensionPackage.contentHash(files);
        if (!actual.equals(recorded)) {
            throw new IllegalStateException(
                    "the files of " + dir + " hash to " + actual + ", not the recorded " + recorded);
        }
        ExtensionManifest manifest = Manifests.parse(files.get(ExtensionManifest.FILE_NAME));
        return new CatalogEntry(
                manifest,
                recorded,
                PublicationState.valueOf(p.getProperty("state")),
                p.getProperty("reviewedBy"),
                Instant.parse(p.getProperty("submitted")),
                Instant.parse(p.getProperty("changed")));
    }

    private static Map<String, String> readFiles(Path filesDir) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(filesDir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = filesDir.relativize(file).toString().replace('\\', '/');
                files.put(name, Files.readString(file));
            }
        }
        return files;
    }

    private static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = new ArrayList<>(walk.toList());
        }
        all.sort(Comparator.reverseOrder());
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
