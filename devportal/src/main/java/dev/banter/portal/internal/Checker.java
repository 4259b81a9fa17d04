package dev.banter.portal.internal;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.core.extension.Manifests;
import dev.banter.sdk.harness.Diagnostic;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.ManifestPositions;
import dev.banter.sdk.harness.ProjectCheck;
import dev.banter.sdk.harness.ScenarioFormatException;
import dev.banter.sdk.harness.Scenarios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every check of a project's files, as the editor shows them while the author types: what {@code banter validate}
 * checks ({@link ProjectCheck}: the manifest and settings schema, the files it names, the limits, the static
 * permission checks and loading the code in the real sandbox), the rest of the platform policy the catalog applies
 * on submit (ids, dialects, permissions), and the scenario files' format. The editor's unsaved files are written to
 * a scratch copy of the project, which {@link ProjectCheck} then reads like any project directory.
 */
final class Checker {

    private final PlatformPolicy policy;

    Checker(PlatformPolicy policy) {
        this.policy = policy;
    }

    /** The findings for a project's files, by relative name. */
    List<Finding> check(Map<String, String> files) {
        List<Finding> out = new ArrayList<>();
        scenarios(files, out);
        String manifestText = files.get(ExtensionManifest.FILE_NAME);
        if (manifestText == null) {
            out.add(Finding.error(
                    new Diagnostic(ExtensionManifest.FILE_NAME, 1, 1, "banter.json is missing"), "manifest"));
            return out;
        }
        Path scratch = scratch(files);
        try {
            for (Diagnostic d : ProjectCheck.check(scratch, policy.maxima())) {
                out.add(Finding.error(d, "validate"));
            }
        } finally {
            delete(scratch);
        }
        policy(manifestText, out);
        return out;
    }

    /** The policy's submit problems that {@code banter validate} does not report (it checks the limits itself). */
    private void policy(String manifestText, List<Finding> out) {
        try {
            for (ValidationProblem p : policy.submitProblems(Manifests.parse(manifestText))) {
                if (!p.path().startsWith("limits")) {
                    out.add(Finding.error(ManifestPositions.locate(manifestText, p), "policy"));
                }
            }
        } catch (ValidationException e) {
            // reported by the validation already
        }
    }

    private static Path scratch(Map<String, String> files) {
        try {
            Path dir = Files.createTempDirectory("banter-portal-check");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = Workspace.resolve(dir, f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a scratch copy of the project to check", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch directory left behind is harmless
        }
    }

    private static void scenarios(Map<String, String> files, List<Finding> out) {
        files.forEach((name, text) -> {
            if (name.startsWith(ExtensionProject.SCENARIOS + "/") && name.matches(".*\\.ya?ml")) {
                try {
                    Scenarios.parse(text, name);
                } catch (ScenarioFormatException e) {
                    String message = e.getMessage();
                    String prefix = e.file() + ":" + e.line() + ":" + e.column() + ": ";
                    out.add(Finding.error(
                            new Diagnostic(
                                    name,
                                    Math.max(1, e.line()),
                                    Math.max(1, e.column()),
                                    message.startsWith(prefix) ? message.substring(prefix.length()) : message),
                            "scenario"));
                }
            }
        });
    }
}
