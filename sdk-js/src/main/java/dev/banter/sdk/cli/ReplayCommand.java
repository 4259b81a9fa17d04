package dev.banter.sdk.cli;

import dev.banter.sdk.harness.EventStreams;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.SimulatedRoom;
import dev.banter.sdk.harness.Step;
import dev.banter.sdk.harness.StepResult;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code banter replay}: feeds a recorded event stream, one JSON line out per outcome, action and violation. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Feeds a recorded event stream (one JSON step per line, as banter run --record writes it) to the project"
                    + " in a simulated room and prints one JSON line per outcome, action and violation. The format is"
                    + " stable; see docs/scenarios.md."
        },
        footer = {
            "%nExamples:",
            "  banter run --record session.jsonl && banter replay --events session.jsonl",
            "  banter replay tipgoal --events traffic.jsonl -s goal=500 > outcomes.jsonl",
            ExitCodes.FOOTER
        })
final class ReplayCommand extends StreamCommand {

    @Override
    public Integer call() {
        ExtensionProject project = project(dir);
        List<Step> steps = project == null ? null : events(events);
        if (steps == null) {
            return ExitCodes.FAILED;
        }
        try (SimulatedRoom sim = room.builder(project).build()) {
            EventStreams.replayLines(0, null, sim.startResult(), sim.now()).forEach(out()::println);
            int n = 0;
            for (Step step : steps) {
                n++;
                if (n % 1000 == 0) {
                    progress("replayed " + n + " of " + steps.size() + " events");
                }
                StepResult r = sim.run(step);
                EventStreams.replayLines(n, step instanceof Step.Send s ? s.event() : null, r, sim.now())
                        .forEach(out()::println);
            }
        } catch (RuntimeException e) {
            err().println("banter: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        out().flush();
        return ExitCodes.OK;
    }
}
