package dev.banter.sdk.cli;

import dev.banter.api.ExtensionException;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.core.extension.CbImport;
import dev.banter.core.extension.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code banter import-cb}: a project for an existing cb/1 app. */
@Command(
        name = "import-cb",
        mixinStandardHelpOptions = true,
        description = {
            "Makes a project for an existing Chaturbate v1 app (cb/1): runs its top-level code once in the sandbox,"
                    + " turns cb.settings_choices into the settings schema, its hooks into the handled types and its"
                    + " cb calls into permissions, and writes banter.json, the app, a starter scenario, jsconfig.json"
                    + " and the type declarations."
        },
        footer = {
            "%nExamples:",
            "  banter import-cb tipgoal.js",
            "  banter import-cb downloads/app.js --id tip-menu --out tip-menu",
            ExitCodes.FOOTER
        })
final class ImportCbCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE.js", description = "the app's source")
    Path file;

    @Option(names = "--id", paramLabel = "ID", description = "the extension id (default: from the file name)")
    String id;

    @Option(names = "--out", paramLabel = "DIR", description = "the project directory (default: ./ID)")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            err().println("banter import-cb: FILE.js: expected a readable file, got " + file);
            return ExitCodes.USAGE;
        }
        String source = Files.readString(file);
        String fileName = "app.js";
        String extensionId = id != null ? id : defaultId(file);
        Path project = outDir != null ? outDir : Path.of(extensionId);
        if (Files.exists(project.resolve(ExtensionManifest.FILE_NAME))) {
            err().println("banter import-cb: " + project + " has a banter.json already");
            return ExitCodes.FAILED;
        }
        ExtensionManifest manifest;
        progress("running the app's top-level code once to read its settings and hooks");
        try (Sandbox sandbox = SandboxProvider.load("graal").create(SandboxConfig.of(1))) {
            manifest = CbImport.manifest(extensionId, fileName, source, sandbox);
        } catch (ValidationException e) {
            e.problems().forEach(p -> err().println(file + ": " + p.describe()));
            return ExitCodes.FAILED;
        } catch (ExtensionException e) {
            err().println(file + ": the app's top-level code failed: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IllegalArgumentException e) {
            err().println("banter import-cb: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Files.createDirectories(project.resolve("scenarios"));
        Files.writeString(project.resolve(ExtensionManifest.FILE_NAME), Manifests.toJson(manifest));
        Files.writeString(project.resolve(fileName), source);
        Files.writeString(project.resolve("scenarios/start.yaml"), """
                name: the app starts and takes a chat message
                steps:
                  - enter: { user: bob }
                  - chat: { user: bob, body: "hello" }
                    expect: { violations: [] }
                """);
        ProjectFiles.writeEditorFiles(project);
        out().println("imported " + file + " as " + manifest.coordinates() + " into " + project + ": types "
                + manifest.types() + ", permissions "
                + manifest.permissions().stream().map(p -> p.key()).toList() + ", "
                + manifest.settings().fields().size() + " settings");
        return ExitCodes.OK;
    }

    private static String defaultId(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.js$", "").toLowerCase(Locale.ROOT);
        String id = base.replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        return id.isEmpty() ? "imported-app" : id.length() > 64 ? id.substring(0, 64) : id;
    }
}
