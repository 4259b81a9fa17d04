package dev.banter.sdk.cli;

import dev.banter.api.room.Role;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.sdk.harness.ActionViews;
import dev.banter.sdk.harness.Durations;
import dev.banter.sdk.harness.EventStreams;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.SimEvent;
import dev.banter.sdk.harness.SimulatedRoom;
import dev.banter.sdk.harness.Step;
import dev.banter.sdk.harness.StepResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code banter run}: an interactive simulated room on stdin and stdout. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Opens an interactive simulated room with the project installed. Type chat as the current user, or:",
            "  /as NAME [moderator|owner|fanclub|has-tokens...]  become another user",
            "  /tip NAME 50 [note]     /enter NAME     /leave NAME     /follow NAME",
            "  /advance 5m             let virtual time pass (timers fire)",
            "  /kv                     show the extension's kv        /subject   show the subject",
            "  /help                   this list                      /quit      leave",
            "Notices, actions, verdicts, violations and log lines are printed as they happen."
        },
        footer = {
            "%nExamples:",
            "  banter run",
            "  banter run tipgoal -s goal=200 --record session.jsonl",
            "  printf 'hello\\n/tip bob 50\\n/quit\\n' | banter run",
            ExitCodes.FOOTER
        })
final class RunCommand extends BaseCommand {

    private static final String HELP = "commands: /as NAME [roles], /tip NAME AMOUNT [note], /enter NAME, /leave NAME,"
            + " /follow NAME, /advance 5m, /kv, /subject, /help, /quit; other lines are chat";

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR", description = "the project")
    Path dir;

    @Option(names = "--as", paramLabel = "NAME", description = "who you chat as at first (default: viewer)")
    String as = "viewer";

    @Option(names = "--record", paramLabel = "FILE", description = "write every event to FILE.jsonl for replay")
    Path record;

    @Mixin
    RoomOptions room;

    private User current;

    @Override
    public Integer call() throws IOException {
        ExtensionProject project = project(dir);
        if (project == null) {
            return ExitCodes.FAILED;
        }
        current = User.viewer(as);
        BufferedReader in = new BufferedReader(new InputStreamReader(root().in(), StandardCharsets.UTF_8));
        try (SimulatedRoom sim = room.builder(project).build();
                Writer recorder = record == null ? Writer.nullWriter() : Files.newBufferedWriter(record)) {
            PrintWriter out = out();
            out.println("room " + sim.room().value() + ": "
                    + project.pkg().manifest().coordinates() + " installed (" + sim.executionMode() + "); you are "
                    + current.name() + ". " + HELP);
            print(sim.startResult());
            for (String line = prompt(in); line != null; line = prompt(in)) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.equals("/quit") || line.equals("/exit")) {
                    break;
                }
                try {
                    Step step = parse(line.strip(), sim);
                    if (step == null) {
                        continue;
                    }
                    recorder.write(EventStreams.line(step) + "\n");
                    recorder.flush();
                    print(sim.run(step));
                } catch (IllegalArgumentException e) {
                    out.println("! " + e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            err().println("banter: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private String prompt(BufferedReader in) throws IOException {
        if (root().terminal()) {
            out().print(current.name() + "> ");
        }
        out().flush();
        return in.readLine();
    }

    /** A step for the line, or null for a command answered here (/kv, /as ...). */
    private Step parse(String line, SimulatedRoom sim) {
        if (!line.startsWith("/")) {
            return new Step.Send(SimEvent.chat(current, line), dev.banter.sdk.harness.Expectation.NONE, 0);
        }
        String[] w = line.split("\\s+");
        switch (w[0]) {
            case "/help" -> out().println(HELP);
            case "/kv" -> {
                Map<String, String> kv = sim.kv();
                out().println(kv.isEmpty() ? "kv: empty" : "kv: " + kv);
            }
            case "/subject" -> out().println("subject: " + (sim.subject() == null ? "none set" : sim.subject()));
            case "/as" -> {
                current = user(w, 1);
                out().println("you are " + current.name() + (current.roles().isEmpty() ? "" : " " + current.roles()));
            }
            case "/tip" -> {
                need(w, 3, "/tip NAME AMOUNT [note]");
                long amount;
                try {
                    amount = Long.parseLong(w[2]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("/tip needs a whole number of tokens, got '" + w[2] + "'");
                }
                String note = String.join(" ", List.of(w).subList(3, w.length));
                return send(SimEvent.tip(User.viewer(name(w[1])), amount, note));
            }
            case "/enter", "/leave", "/follow", "/unfollow" -> {
                need(w, 2, w[0] + " NAME");
                String kind = w[0].substring(1);
                String type = "user." + kind;
                return send(new SimEvent(type, User.viewer(name(w[1])), Map.of(), kind));
            }
            case "/advance" -> {
                need(w, 2, "/advance DURATION (500ms, 30s, 5m, 1h)");
                return new Step.Advance(Durations.parse(w[1]), dev.banter.sdk.harness.Expectation.NONE, 0);
            }
            default -> throw new IllegalArgumentException("unknown command " + w[0] + "; " + HELP);
        }
        return null;
    }

    private static Step send(SimEvent e) {
        return new Step.Send(e, dev.banter.sdk.harness.Expectation.NONE, 0);
    }

    private static void need(String[] w, int n, String usage) {
        if (w.length < n) {
            throw new IllegalArgumentException("usage: " + usage);
        }
    }

    private static String name(String s) {
        if (!RoomId.isValid(s)) {
            throw new IllegalArgumentException("a user name is 1..64 chars of [A-Za-z0-9_.-], got '" + s + "'");
        }
        return s;
    }

    private static User user(String[] w, int from) {
        need(w, from + 1, "/as NAME [moderator|owner|fanclub|has-tokens...]");
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = from + 1; i < w.length; i++) {
            roles.add(Role.ofWireName(w[i].equals("fanclub") ? "fan" : w[i]));
        }
        return new User(name(w[from]), roles, dev.banter.api.room.TipperTier.NONE, dev.banter.api.room.Gender.UNKNOWN);
    }

    private void print(StepResult r) {
        PrintWriter out = out();
        if (r.verdict() != null) {
            String reason = r.outcome() != null && r.outcome().reason() != null
                    ? " (" + r.outcome().reason() + ")"
                    : "";
            out.println("  " + r.verdict().key() + reason
                    + (r.verdict() == dev.banter.sdk.harness.StepVerdict.MODIFY ? " -> \"" + r.body() + "\"" : ""));
        }
        for (ActionViews.View v : r.views()) {
            out.println("  " + describe(v));
        }
        r.failures().forEach(f -> out.println("  failed: " + f));
        for (LimitViolation v : r.violations()) {
            out.println("  violation: " + v.describe());
        }
        r.logs().forEach(l -> out.println("  log " + l));
        out.flush();
    }

    private static String describe(ActionViews.View v) {
        Map<String, Object> f = v.fields();
        return switch (v.kind()) {
            case "notice" ->
                "notice" + (f.containsKey("to") ? " to " + f.get("to") : "")
                        + (f.containsKey("group") ? " to group " + f.get("group") : "") + ": " + f.get("text");
            case "subject" -> "subject: " + f.get("subject");
            default -> v.kind() + " " + f;
        };
    }
}
