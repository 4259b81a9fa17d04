package dev.banter.sdk.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code banter} command-line tool for extension authors: {@code new}, {@code validate}, {@code test},
 * {@code run}, {@code replay}, {@code pack}, {@code publish}, {@code profile} and {@code import-cb}, plus the
 * subcommands of any {@link CommandPlugin} on the class path. Exit codes are those of {@link ExitCodes}.
 *
 * <p>Tests and tools run it in-process: {@code Banter.commandLine(in, out, err, false).execute("test", dir)}.
 *
 * @since 0.4
 */
@Command(
        name = "banter",
        mixinStandardHelpOptions = true,
        versionProvider = Banter.Version.class,
        description = "The Banter extension author's kit: create, check, test, try, profile and publish extensions.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            NewCommand.class,
            ValidateCommand.class,
            TestCommand.class,
            RunCommand.class,
            ReplayCommand.class,
            PackCommand.class,
            PublishCommand.class,
            ProfileCommand.class,
            ImportCbCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "%nExamples:",
            "  banter new tipgoal --template app && cd tipgoal",
            "  banter validate && banter test",
            "  banter run",
            "  banter publish --catalog ../catalog",
            ExitCodes.FOOTER
        })
public final class Banter implements Runnable {

    private final InputStream in;
    private final boolean terminal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Banter(InputStream in, boolean terminal) {
        this.in = in;
        this.terminal = terminal;
    }

    /** Runs the tool on the process's streams and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = commandLine(System.in, out, err, System.console() != null).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The tool as a picocli command line on these streams, with the plugins found on the class path.
     *
     * @param terminal whether stderr is a terminal: long operations then show progress there
     * @throws IllegalStateException naming both, if a plugin's name is taken
     */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {
        CommandLine cl = new CommandLine(new Banter(in, terminal));
        Map<String, String> owners = new HashMap<>();
        cl.getSubcommands().keySet().forEach(name -> owners.put(name, "the built-in command"));
        for (CommandPlugin plugin : ServiceLoader.load(CommandPlugin.class)) {
            String previous =
                    owners.putIfAbsent(plugin.name(), plugin.getClass().getName());
            if (previous != null) {
                throw new IllegalStateException(
                        "the plugin " + plugin.getClass().getName() + " adds the command '" + plugin.name()
                                + "', which " + previous + " has already: rename one of them");
            }
            cl.addSubcommand(plugin.name(), plugin.command());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("banter: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    /** Without a command: the usage. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed; see banter --help");
    }

    /** Standard input, which {@code banter run} reads. */
    InputStream in() {
        return in;
    }

    /** Whether to show progress on stderr. */
    boolean terminal() {
        return terminal;
    }

    /** The tool's version, from the jar's manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Banter.class.getPackage().getImplementationVersion();
            return new String[] {"banter " + (v == null ? "(development build)" : v)};
        }
    }
}
