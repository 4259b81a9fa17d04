package dev.banter.sdk.harness;

import dev.banter.api.ExtensionException;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.Manifests;
import dev.banter.core.state.InMemoryStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What {@code banter validate} checks, as a library: the manifest and its settings schema, the files it names, the
 * requested limits against the platform's maxima, the lexical checks of {@link Manifests#staticProblems}, and the
 * code itself, loaded once by the real sandbox (syntax errors and failing top-level code). Every problem comes back
 * as a {@link Diagnostic} at {@code file:line:col}.
 *
 * @since 0.4
 */
public final class ProjectCheck {

    /** The room the code is loaded in while it is checked. */
    public static final RoomId CHECK_ROOM = RoomId.of("banter-validate");

    // "main.js:3:7", as Graal names a guest source position; or "(line 3)" when only the line is known
    private static final Pattern POSITION = Pattern.compile("([A-Za-z0-9_./-]+\\.js):(\\d+)(?::(\\d+))?");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private ProjectCheck() {}

    /** Checks a project against the default platform maxima. */
    public static List<Diagnostic> check(Path dir) {
        return check(dir, SandboxLimits.defaults());
    }

    /**
     * Checks a project.
     *
     * @return every problem found, manifest problems first; empty when the project is valid
     */
    public static List<Diagnostic> check(Path dir, SandboxLimits maxima) {
        String manifestText = read(dir.resolve(ExtensionManifest.FILE_NAME));
        List<Diagnostic> out = new ArrayList<>();
        ExtensionManifest manifest;
        Map<String, String> sources;
        try {
            manifest = Manifests.read(dir);
            sources = Manifests.readSources(dir, manifest);
        } catch (ValidationException e) {
            e.problems().forEach(p -> out.add(ManifestPositions.locate(manifestText, p)));
            return out;
        }
        for (ValidationProblem p : Manifests.checkLimits(manifest, maxima)) {
            out.add(ManifestPositions.locate(manifestText, p));
        }
        for (ValidationProblem p : Manifests.staticProblems(manifest, sources)) {
            out.add(ManifestPositions.locate(manifestText, p));
        }
        Diagnostic load = load(manifest, sources, manifestText, maxima);
        if (load != null) {
            out.add(load);
        }
        return out;
    }

    /** Loads the code once in the real sandbox; a failure as a diagnostic at the position the engine names. */
    private static @Nullable Diagnostic load(
            ExtensionManifest manifest,
            Map<String, String> sources,
            @Nullable String manifestText,
            SandboxLimits maxima) {
        if (manifestText == null) {
            return null;
        }
        Map<String, Object> settings;
        try {
            settings = manifest.settings().resolve(Map.of());
        } catch (ValidationException e) {
            settings = Map.of(); // required settings without a default: the code loads without them
        }
        SandboxLimits limits;
        try {
            limits = Manifests.effectiveLimits(manifest, Timing.RELAXED.maxima(maxima));
        } catch (ValidationException e) {
            limits = SandboxLimits.defaults(); // reported by checkLimits already
        }
        try (Sandbox sandbox = SandboxProvider.load("graal")
                        .create(SandboxConfig.of(1).withMaxima(Timing.RELAXED.maxima(maxima)));
                InMemoryStateStore store = new InMemoryStateStore()) {
            InstanceSpec spec = InstanceSpec.of(
                            ExtensionPackages.of(manifestText, sources).source(),
                            CHECK_ROOM,
                            0,
                            store,
                            manifest.permissions())
                    .withSettings(settings)
                    .withLimits(limits);
            try (ExtensionInstance instance = sandbox.instantiate(spec)) {
                return null;
            } catch (ExtensionException e) {
                return fromEngine(e, manifest);
            }
        }
    }

    static Diagnostic fromEngine(ExtensionException e, ExtensionManifest manifest) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        Matcher m = POSITION.matcher(message);
        String fallback = manifest.files().isEmpty()
                ? ExtensionManifest.FILE_NAME
                : manifest.files().getFirst();
        if (m.find()) {
            int column = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            String rest = (message.substring(0, m.start()) + message.substring(m.end())).replace(":  ", ": ");
            return new Diagnostic(m.group(1), Integer.parseInt(m.group(2)), Math.max(1, column), rest.strip());
        }
        Matcher l = LINE.matcher(message);
        if (l.find()) {
            return new Diagnostic(fallback, Integer.parseInt(l.group(1)), 1, message);
        }
        return new Diagnostic(fallback, 1, 1, message);
    }

    private static @Nullable String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
