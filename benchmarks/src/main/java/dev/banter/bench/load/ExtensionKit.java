package dev.banter.bench.load;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Permission;
import dev.banter.api.extension.ExtensionKind;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.handler.Slot;
import dev.banter.api.room.Room;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.spi.StateStore;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.examples.JsExtensions;
import dev.banter.examples.TipCounter;
import dev.banter.examples.Welcome;
import dev.banter.examples.WordFilter;
import dev.banter.examples.Workloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The extensions a load run can install, by name:
 *
 * <ul>
 *   <li>{@code w1} .. {@code w5} (or {@code w1-wordfilter} ...): the reference workloads' {@code banter/1} ports;
 *   <li>{@code dice}, {@code calm}: the example JavaScript extensions, with their manifests' permissions, slot and
 *       setting defaults;
 *   <li>{@code wordfilter}, {@code tipcounter}, {@code welcome}: the example Java handlers;
 *   <li>{@code tally}: this tool's tip counter, for the exactly-once check;
 *   <li>{@code hostile}: the file given by {@code --hostile}, a {@code banter/1} extension granted every permission,
 *       whose failure to load is recorded, not fatal;
 *   <li>the id of any extension project (a directory with {@code banter.json}) under {@code --extension-dir}.
 * </ul>
 *
 * JavaScript instances are made with the sandbox's default limits (all limits on); a load that breaks the load
 * deadline on a cold, busy machine is tried twice more, as the benchmarks do.
 *
 * @since 0.1
 */
public final class ExtensionKit {

    /** The names this kit knows besides the packages of an extension directory. */
    public static final List<String> BUILT_IN = List.of(
            "w1", "w2", "w3", "w4", "w5", "dice", "calm", "wordfilter", "tipcounter", "welcome", "tally", "hostile");

    private final Supplier<Sandbox> sandbox;
    private final StateStore store;
    private final @Nullable Path hostile;
    private final Map<String, ExtensionPackage> packages = new TreeMap<>();
    private final TipCounter tipCounter = new TipCounter(1_000_000_000L);
    private final List<String> failures = new ArrayList<>();
    private @Nullable String hostileCode;
    private int loadRetries;

    /**
     * A kit over a sandbox (asked for only when a JavaScript extension is installed) and the store for kv.
     *
     * @param hostile the file {@code hostile} names, or null
     * @param extensionDir a directory of extension projects, or null
     * @throws IllegalArgumentException if the directory cannot be read or a project in it is invalid
     */
    public ExtensionKit(
            Supplier<Sandbox> sandbox, StateStore store, @Nullable Path hostile, @Nullable Path extensionDir) {
        this.sandbox = sandbox;
        this.store = store;
        this.hostile = hostile;
        if (extensionDir != null) {
            readProjects(extensionDir);
        }
        ExtensionPackage tally = resourcePackage("tally");
        packages.putIfAbsent(tally.id(), tally);
    }

    /** The ids of the packages read from the extension directory, and {@code tally}. */
    public Set<String> packageIds() {
        return new TreeSet<>(packages.keySet());
    }

    /**
     * Checks that every name is known, before any room is set up.
     *
     * @throws IllegalArgumentException naming the unknown extension and what is known
     */
    public void requireKnown(List<String> names) {
        for (String name : names) {
            if (!BUILT_IN.contains(name) && !packages.containsKey(name) && workload(name) == null) {
                throw new IllegalArgumentException("extension '" + name + "' is unknown: expected one of " + BUILT_IN
                        + " or a project id of --extension-dir " + packages.keySet());
            }
            if (name.equals("hostile") && hostile == null) {
                throw new IllegalArgumentException("extension 'hostile' needs --hostile FILE (for example"
                        + " ../shared/hostile/loop-in-handler.js)");
            }
        }
    }

    /**
     * Installs the extension of that name in the room.
     *
     * @return the sandbox instance, or null for a Java handler or a hostile extension that failed to load
     */
    public @Nullable ExtensionInstance install(Room room, String name) {
        switch (name) {
            case "wordfilter" -> room.install(WordFilter.spec());
            case "tipcounter" -> room.install(TipCounter.spec(tipCounter));
            case "welcome" -> room.install(Welcome.spec());
            case "dice", "calm" -> {
                return instantiate(room, JsExtensions.pkg(name));
            }
            case "hostile" -> {
                return hostile(room);
            }
            default -> {
                Workloads w = workload(name);
                if (w != null) {
                    return instantiate(room, w.source(), w.permissions(), Map.of(), Slot.BOT);
                }
                ExtensionPackage pkg = packages.get(name);
                if (pkg == null) {
                    requireKnown(List.of(name));
                }
                return instantiate(room, pkg);
            }
        }
        return null;
    }

    /** Whether installing that name puts a JavaScript instance in the sandbox. */
    public static boolean isJava(String name) {
        return name.equals("wordfilter") || name.equals("tipcounter") || name.equals("welcome");
    }

    /** Loads that broke the load deadline and were tried again. */
    public int loadRetries() {
        return loadRetries;
    }

    /** What failed to install (hostile extensions only), one line each. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    private @Nullable ExtensionInstance hostile(Room room) {
        Path file = Objects.requireNonNull(hostile, "--hostile");
        if (hostileCode == null) {
            try {
                hostileCode = Files.readString(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("--hostile: cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        String file0 = String.valueOf(file.getFileName());
        String id = "hostile-" + file0.replaceAll("\\.js$", "").replaceAll("[^a-z0-9._-]", "-");
        try {
            return instantiate(
                    room,
                    ExtensionSource.banter1(id, hostileCode),
                    EnumSet.allOf(Permission.class),
                    Map.of(),
                    Slot.BOT);
        } catch (ExtensionException e) {
            failures.add(id + " in " + room.id() + ": " + e.getMessage());
            return null;
        }
    }

    private ExtensionInstance instantiate(Room room, ExtensionPackage pkg) {
        ExtensionManifest m = pkg.manifest();
        Slot slot = m.kind() == ExtensionKind.APP ? Slot.APP : Slot.BOT;
        return instantiate(room, pkg.source(), m.permissions(), m.settings().resolve(Map.of()), slot);
    }

    private ExtensionInstance instantiate(
            Room room, ExtensionSource source, Set<Permission> permissions, Map<String, Object> settings, Slot slot) {
        InstanceSpec spec = InstanceSpec.of(source, room.id(), room.lane(), store, permissions)
                .withSettings(settings)
                .inSlot(slot);
        Sandbox box = sandbox.get();
        for (int attempt = 0; ; attempt++) {
            try {
                ExtensionInstance instance = box.instantiate(spec);
                instance.installInto(room);
                return instance;
            } catch (ExtensionException e) {
                if (attempt == 2 || e.kind() != ExtensionException.Kind.LIMIT_EXCEEDED) {
                    throw e;
                }
                loadRetries++;
            }
        }
    }

    private static @Nullable Workloads workload(String name) {
        for (Workloads w : Workloads.values()) {
            if (w.id().equals(name) || w.id().startsWith(name + "-")) {
                return w;
            }
        }
        return null;
    }

    private void readProjects(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--extension-dir: not a directory: " + dir);
        }
        List<Path> projects = new ArrayList<>();
        if (Files.exists(dir.resolve(ExtensionManifest.FILE_NAME))) {
            projects.add(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(p -> Files.exists(p.resolve(ExtensionManifest.FILE_NAME)))
                    .sorted()
                    .forEach(projects::add);
        } catch (IOException e) {
            throw new UncheckedIOException("--extension-dir: cannot list " + dir, e);
        }
        if (projects.isEmpty()) {
            throw new IllegalArgumentException(
                    "--extension-dir: no banter.json in " + dir + " or in its sub-directories");
        }
        for (Path p : projects) {
            ExtensionPackage pkg = ExtensionPackages.read(p);
            packages.put(pkg.id(), pkg);
        }
    }

    private static ExtensionPackage resourcePackage(String name) {
        return ExtensionPackages.load(
                resource(name + "/" + ExtensionManifest.FILE_NAME), f -> resource(name + "/" + f));
    }

    private static String resource(String name) {
        try (InputStream in = ExtensionKit.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/banter/bench/load/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
