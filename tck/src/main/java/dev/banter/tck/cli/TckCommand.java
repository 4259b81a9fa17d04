package dev.banter.tck.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.banter.sdk.cli.ExitCodes;
import dev.banter.tck.TckRunner;
import dev.banter.tck.TckSummaryListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code banter tck}: runs the TCK's extension verification (SPEC.md section 14) for one extension directory. */
@Command(
        name = TckCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {
            "Checks an extension against the Banter TCK (SPEC.md section 14): a valid manifest, a clean load, a seeded"
                    + " stream of generated events on virtual time without failures or limit violations, reproducible"
                    + " runs, and its scenario files. Prints a one-page summary by rule, then the full message of"
                    + " every failure."
        },
        footer = {
            "%nExamples:",
            "  banter tck --extension .",
            "  banter tck --extension tip-goal --junit target/tck.xml --summary target/tck.md",
            "  banter tck --extension dice --nondeterministic \"rolls with Math.random\"",
            "%nExit codes: 0 every rule passed or was skipped, 1 a rule failed, 2 usage error, 3 internal error."
        })
final class TckCommand implements Callable<Integer> {

    static final String NAME = "tck";

    private static final String XML = "TEST-junit-jupiter.xml";

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(
            names = "--extension",
            required = true,
            paramLabel = "DIR",
            description = "the extension directory (the one with banter.json)")
    Path extension = Path.of(".");

    @Option(names = "--junit", paramLabel = "FILE", description = "also write the results as JUnit XML")
    @Nullable
    Path junit;

    @Option(names = "--summary", paramLabel = "FILE", description = "also write the summary (Markdown) to FILE")
    @Nullable
    Path summary;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "seed of the generated event stream (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(
            names = "--events",
            paramLabel = "N",
            defaultValue = "100",
            description = "events in the generated stream (default: ${DEFAULT-VALUE})")
    int events = 100;

    @Option(
            names = "--nondeterministic",
            paramLabel = "REASON",
            description = "the extension is not exactly reproducible (for example it uses Math.random): skip rule"
                    + " 14.5 with this reason")
    @Nullable
    String nondeterminism;

    @Option(
            names = "--strict-time",
            description = "hold the generated event stream to the platform's time limits (deadline, load-deadline)"
                    + " on this machine; by default they are relaxed as in banter test")
    boolean strictTime;

    @Override
    public Integer call() throws IOException {
        CommandSpec s = spec();
        if (!Files.isRegularFile(extension.resolve("banter.json"))) {
            throw new ParameterException(
                    s.commandLine(),
                    "--extension: '" + extension + "' has no banter.json: name an extension directory");
        }
        if (events < 1) {
            throw new ParameterException(s.commandLine(), "--events: must be at least 1, but is " + events);
        }
        PrintWriter out = s.commandLine().getOut();
        PrintWriter err = s.commandLine().getErr();
        ExtensionOptions options = new ExtensionOptions(extension, seed, events, nondeterminism, strictTime);
        Path reports = Files.createTempDirectory("banter-tck");
        try {
            TckRunner.Report report = TckRunner.run(
                    reports,
                    List.of(selectClass(ExtensionUnderTest.class)),
                    options.configuration(),
                    new Progress(err, System.console() != null));
            if (report.testsFound() == 0) {
                err.println("banter tck: no test ran: is a JUnit Jupiter engine on the class path?");
                return ExitCodes.INTERNAL;
            }
            out.println(Files.readString(report.summary()));
            details(out, report.tests());
            copy(reports.resolve(XML), junit);
            copy(report.summary(), summary);
            out.flush();
            return report.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            delete(reports);
        }
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("banter tck runs inside the picocli command line");
        }
        return spec;
    }

    /** The whole message of each failure: the summary shows only its first line, and a scenario's diff is longer. */
    private static void details(PrintWriter out, List<TckSummaryListener.RuleTest> tests) {
        List<TckSummaryListener.RuleTest> failed = tests.stream()
                .filter(t -> t.result() == TckSummaryListener.Result.FAILED)
                .toList();
        if (failed.isEmpty()) {
            return;
        }
        out.println("## Failure details");
        for (TckSummaryListener.RuleTest t : failed) {
            out.println();
            out.println("### " + t.rule() + " `" + t.test() + "`");
            out.println();
            out.println("```");
            out.println(t.message() == null ? "(no message)" : t.message().strip());
            out.println("```");
        }
    }

    private static void copy(Path from, @Nullable Path to) throws IOException {
        if (to == null) {
            return;
        }
        Path parent = to.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary reports in " + dir, e);
        }
    }
}
