package dev.banter.sdk.cli;

import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.JunitReport;
import dev.banter.sdk.harness.Mismatch;
import dev.banter.sdk.harness.Scenario;
import dev.banter.sdk.harness.ScenarioFormatException;
import dev.banter.sdk.harness.ScenarioResult;
import dev.banter.sdk.harness.ScenarioRunner;
import dev.banter.sdk.harness.Scenarios;
import dev.banter.sdk.harness.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code banter test}: runs the project's scenarios on the production engine. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the project's scenarios (scenarios/*.yaml) on the production engine, each in a fresh simulated"
                    + " room with virtual time, and prints a readable diff for every expectation not met."
        },
        footer = {
            "%nExamples:",
            "  banter test                       run every scenario of the project in this directory",
            "  banter test tipgoal --junit target/banter-tests.xml",
            "  banter test --only goal            only scenarios whose name or file contains 'goal'",
            "  banter test --json",
            ExitCodes.FOOTER
        })
final class TestCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR", description = "the project")
    Path dir;

    @Option(names = "--junit", paramLabel = "FILE", description = "also write the results as JUnit XML")
    Path junit;

    @Option(names = "--json", description = "print the results as one JSON document")
    boolean json;

    @Option(names = "--only", paramLabel = "TEXT", description = "run only scenarios whose name or file contains it")
    String only;

    @Option(names = "--strict-time", description = "apply the production time limits (default: 25 times them)")
    boolean strictTime;

    @Override
    public Integer call() throws IOException {
        ExtensionProject project = project(dir);
        if (project == null) {
            return ExitCodes.FAILED;
        }
        List<Scenario> scenarios;
        try {
            scenarios = Scenarios.loadAll(dir);
        } catch (ScenarioFormatException e) {
            err().println(e.getMessage());
            return ExitCodes.FAILED;
        }
        if (only != null) {
            scenarios = scenarios.stream()
                    .filter(s -> s.name().contains(only) || s.file().contains(only))
                    .toList();
        }
        if (scenarios.isEmpty()) {
            err().println("banter: no scenarios to run in " + dir.resolve(ExtensionProject.SCENARIOS)
                    + " (add scenarios/*.yaml; see docs/scenarios.md)");
            return ExitCodes.FAILED;
        }
        List<ScenarioResult> results = new ArrayList<>();
        int n = 0;
        for (Scenario s : scenarios) {
            progress("[" + (++n) + "/" + scenarios.size() + "] " + s.name());
            ScenarioResult r = ScenarioRunner.run(
                    project, s, SandboxLimits.defaults(), strictTime ? Timing.PRODUCTION : Timing.RELAXED);
            results.add(r);
            if (!json) {
                out().println(r.report());
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        if (json) {
            out().println(Json.write(toJson(project, results)));
        } else {
            out().println(results.size() + " scenario" + (results.size() == 1 ? "" : "s") + ": "
                    + (results.size() - failed) + " passed, " + failed + " failed");
        }
        if (junit != null) {
            createParent(junit);
            Files.writeString(junit, JunitReport.xml(project.id(), results));
        }
        out().flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static Map<String, Object> toJson(ExtensionProject project, List<ScenarioResult> results) {
        List<Object> list = new ArrayList<>();
        for (ScenarioResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.scenario().name());
            m.put("file", r.scenario().file());
            m.put("passed", r.passed());
            m.put("millis", r.nanos() / 1_000_000);
            m.put("error", r.error());
            List<Object> mismatches = new ArrayList<>();
            for (Mismatch x : r.mismatches()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("step", x.step());
                mm.put("line", x.line());
                mm.put("step_description", x.description());
                mm.put("key", x.key());
                mm.put("expected", x.expected());
                mm.put("actual", x.actual());
                mismatches.add(mm);
            }
            m.put("mismatches", mismatches);
            list.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("extension", project.pkg().manifest().coordinates());
        doc.put("passed", results.stream().allMatch(ScenarioResult::passed));
        doc.put("scenarios", list);
        return doc;
    }
}
