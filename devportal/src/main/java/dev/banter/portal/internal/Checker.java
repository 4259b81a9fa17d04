package dev.banter.portal.internal;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.Manifests;
import dev.banter.sdk.harness.Diagnostic;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.ManifestPositions;
import dev.banter.sdk.harness.ScenarioFormatException;
import dev.banter.sdk.harness.Scenarios;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every check of a project's files, as the editor shows them while the author types: the manifest and settings
 * schema ({@link Manifests#parse}), files the manifest names, the platform policy, the static permission checks
 * ({@link Manifests#staticProblems}, the catalog's own submit check), syntax and top-level errors from the real
 * engine, and the scenario files' format. Later checks run only when the ones they depend on pass.
 */
final class Checker {

    private final PlatformPolicy policy;
    private final EngineCheck engine;

    Checker(PlatformPolicy policy, EngineCheck engine) {
        this.policy = policy;
        this.engine = engine;
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
        ExtensionPackage pkg = pkg(manifestText, files, out);
        if (pkg == null) {
            return out;
        }
        for (ValidationProblem p : policy.submitProblems(pkg.manifest())) {
            out.add(Finding.error(ManifestPositions.locate(manifestText, p), "policy"));
        }
        for (ValidationProblem p :
                Manifests.staticProblems(pkg.manifest(), pkg.source().files())) {
            out.add(Finding.error(ManifestPositions.locate(manifestText, p), "static"));
        }
        engine.load(pkg).ifPresent(d -> out.add(Finding.error(d, "engine")));
        return out;
    }

    private static @Nullable ExtensionPackage pkg(String manifestText, Map<String, String> files, List<Finding> out) {
        try {
            Map<String, String> sources = new HashMap<>(files);
            sources.remove(ExtensionManifest.FILE_NAME);
            return ExtensionPackages.of(manifestText, sources);
        } catch (ValidationException e) {
            for (ValidationProblem p : e.problems()) {
                out.add(Finding.error(ManifestPositions.locate(manifestText, p), "manifest"));
            }
            return null;
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
