package dev.banter.sdk.cli;

import dev.banter.api.extension.ExtensionManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code banter new}: a ready project from a template. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Creates a ready project in ./NAME: banter.json, the source, a passing scenario, jsconfig.json and the"
                    + " type declarations (types/*.d.ts) for editor completion and tsc --checkJs.",
            "Templates: bot (a banter/1 moderation and command bot), app (a banter/1 tip-goal app), cb1 (a"
                    + " Chaturbate v1 app)."
        },
        footer = {
            "%nExamples:",
            "  banter new demo && cd demo && banter validate && banter test",
            "  banter new tipgoal --template app",
            "  banter new legacy --template cb1 --dir ~/extensions",
            ExitCodes.FOOTER
        })
final class NewCommand extends BaseCommand {

    /** The template names and the files each has, in the class-path directory {@code templates/<name>/}. */
    static final Map<String, List<String>> TEMPLATES = Map.of(
            "bot", List.of("banter.json", "main.js", "scenarios/basic.yaml"),
            "app", List.of("banter.json", "main.js", "scenarios/basic.yaml"),
            "cb1", List.of("banter.json", "app.js", "scenarios/basic.yaml"));

    @Parameters(index = "0", paramLabel = "NAME", description = "the extension id and directory name, such as tipgoal")
    String name;

    @Option(
            names = "--template",
            paramLabel = "bot|app|cb1",
            defaultValue = "bot",
            description = "the kind of project (default: ${DEFAULT-VALUE})")
    String template;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "where to create it")
    Path parent;

    @Override
    public Integer call() throws IOException {
        if (!ExtensionManifest.ID.matcher(name).matches()) {
            err().println("banter new: NAME: expected an extension id, 1..64 chars of [a-z0-9._-] starting with a"
                    + " letter or digit, got \"" + name + "\"");
            return ExitCodes.USAGE;
        }
        List<String> files = TEMPLATES.get(template);
        if (files == null) {
            err().println("banter new: --template: expected bot, app or cb1, got \"" + template + "\"");
            return ExitCodes.USAGE;
        }
        Path project = parent.resolve(name);
        if (Files.exists(project)) {
            err().println("banter new: " + project + " exists already; pick another name or remove it");
            return ExitCodes.FAILED;
        }
        for (String file : files) {
            String text = ProjectFiles.resource(ProjectFiles.TEMPLATES + template + "/" + file);
            if (text == null) {
                throw new IllegalStateException("the template file " + template + "/" + file + " is missing");
            }
            Path target = project.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text.replace("{{id}}", name));
        }
        ProjectFiles.writeEditorFiles(project);
        out().println("created " + project + " from the " + template + " template");
        out().println("next: cd " + project + " && banter validate && banter test && banter run");
        return ExitCodes.OK;
    }
}
