package dev.banter.sdk.cli;

import dev.banter.sdk.harness.Diagnostic;
import dev.banter.sdk.harness.ProjectCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code banter validate}: every problem of a project, as {@code file:line:col: message}. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a project: the manifest (banter.json) and its settings schema, the files it names, requested limits"
                    + " against the platform maxima, statically visible API misuse (undeclared types, commands and"
                    + " permissions) and the code itself, loaded once by the real engine (syntax and top-level"
                    + " errors). Prints file:line:col: message per problem."
        },
        footer = {"%nExamples:", "  banter validate", "  banter validate path/to/tipgoal --json", ExitCodes.FOOTER})
final class ValidateCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR", description = "the project")
    Path dir;

    @Option(names = "--json", description = "print the problems as one JSON document")
    boolean json;

    @Override
    public Integer call() {
        progress("validating " + dir.toAbsolutePath().normalize());
        List<Diagnostic> problems = ProjectCheck.check(dir);
        if (json) {
            List<Object> list = new ArrayList<>();
            for (Diagnostic d : problems) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", d.file());
                m.put("line", d.line());
                m.put("column", d.column());
                m.put("message", d.message());
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("valid", problems.isEmpty());
            doc.put("problems", list);
            out().println(Json.write(doc));
        } else {
            problems.forEach(d -> out().println(d.format()));
            out().println(
                            problems.isEmpty()
                                    ? "ok: " + dir + " is valid"
                                    : problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found");
        }
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
