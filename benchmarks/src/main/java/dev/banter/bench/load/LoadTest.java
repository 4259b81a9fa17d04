package dev.banter.bench.load;

import dev.banter.bench.load.Results.Goal;
import dev.banter.bench.load.Results.LoadResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code banter loadtest}: runs a load scenario against an in-process runtime and writes a JSON result and an HTML
 * report. Run it with the JIT flags, for example {@code java -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
 * --upgrade-module-path=benchmarks/target/jvmci -Xmx3g -cp benchmarks/target/benchmarks.jar
 * dev.banter.bench.load.LoadTest --scenario mega-room --scale 0.1 --rate 20000}, or through Maven with
 * {@code -Pload -Dload.args="..."}. Exits 0 when every check passed, 1 when one failed (a tip not accounted exactly
 * once, an event without an outcome), 2 on a bad option, 3 on an internal error: the exit codes of the
 * {@code banter} command line, whose plugin interface this command is meant to be wrapped in.
 *
 * @since 0.1
 */
@Command(
        name = "loadtest",
        mixinStandardHelpOptions = true,
        description = "Drive simulated rooms open-loop against an in-process Banter runtime; write a JSON result and"
                + " an HTML report.",
        sortOptions = false)
public final class LoadTest implements Callable<Integer> {

    @Option(
            names = {"-s", "--scenario"},
            description = "preset: mega-room, many-rooms, tip-storm, noisy-neighbour, soak,"
                    + " smoke (default: ${DEFAULT-VALUE})",
            defaultValue = "smoke")
    String scenario = "smoke";

    @Option(names = "--scale", description = "multiply every group's rooms and viewers (default 1)")
    double scale = 1;

    @Option(names = "--rate", description = "target events/s, Poisson arrivals over all rooms")
    @Nullable
    Double rate;

    @Option(names = "--duration", description = "seconds of the measured phase")
    @Nullable
    Double duration;

    @Option(names = "--warmup", description = "seconds of unmeasured warm-up at the same rate first")
    @Nullable
    Double warmup;

    @Option(names = "--events", description = "end the measured phase after N events (0: by duration)")
    @Nullable
    Long events;

    @Option(
            names = "--soak-sample",
            description = "seconds between soak samples of heap after GC, threads and open files (0: no soak;"
                    + " the soak preset: 60)")
    @Nullable
    Double soakSample;

    @Option(names = "--workers", description = "the runtime's lanes")
    @Nullable
    Integer workers;

    @Option(
            names = "--dedicated-lanes",
            description = "give the N rooms with the largest audience a lane of their own (at most workers - 1)")
    @Nullable
    Integer dedicatedLanes;

    @Option(names = "--rooms", description = "rooms of the group 'room' (or the first group)")
    @Nullable
    Integer rooms;

    @Option(names = "--viewers", description = "viewers of each mega room (group 'mega', or the first group)")
    @Nullable
    Integer viewers;

    @Option(names = "--extensions", split = ",", description = "extensions of the group 'room' (or the first)")
    @Nullable
    List<String> extensions;

    @Option(names = "--mega-extensions", split = ",", description = "extensions of the group 'mega'")
    @Nullable
    List<String> megaExtensions;

    @Option(names = "--extension-dir", description = "a directory of extension projects (banter.json), by id")
    @Nullable
    Path extensionDir;

    @Option(
            names = "--hostile",
            description = "the hostile extension file of 'hostile' (noisy-neighbour default:"
                    + " ../shared/hostile/loop-in-handler.js)")
    @Nullable
    Path hostile;

    @Option(names = "--mix", description = "kind=weight,... of chat, command, tip, enter, leave, follow")
    @Nullable
    String mix;

    @Option(names = "--tip-sizes", description = "amount:weight,... (default " + Mix.DEFAULT_TIPS + ")")
    @Nullable
    String tipSizes;

    @Option(names = "--find-max", description = "search the highest rate whose p99 stays within --p99-ms")
    boolean findMax;

    @Option(names = "--p99-ms", description = "the p99 bound of --find-max in ms (default 10)")
    double p99Ms = 10;

    @Option(names = "--max-rate", description = "the highest rate --find-max tries (default 1000000)")
    double maxRate = 1_000_000;

    @Option(names = "--step-seconds", description = "seconds per --find-max step (default 5)")
    double stepSeconds = 5;

    @Option(names = "--steps", description = "most --find-max steps (default 8)")
    int steps = 8;

    @Option(
            names = "--in-flight",
            description = "closed loop: keep up to N events outstanding, refilled a quarter at a time, to measure"
                    + " capacity; --rate is then not used")
    @Nullable
    Integer inFlight;

    @Option(names = "--sweep", description = "parameter=values: workers=1,2 rooms=10,100 extensions=0..6")
    @Nullable
    String sweep;

    @Option(names = "--seed", description = "seed of the traffic (default 42)")
    long seed = 42;

    @Option(
            names = {"-o", "--out"},
            description = "directory for <scenario>.json and <scenario>.html" + " (default loadtest-results)")
    Path out = Path.of("loadtest-results");

    @Option(
            names = {"-q", "--quiet"},
            description = "no progress lines on stderr")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    private final PrintStream err;
    private final PrintStream stdout;

    /** A command that prints progress on {@code System.err} and file names on {@code System.out}. */
    public LoadTest() {
        this(System.out, System.err);
    }

    LoadTest(PrintStream stdout, PrintStream err) {
        this.stdout = stdout;
        this.err = err;
    }

    /**
     * Runs {@code loadtest} with command-line arguments and exits with its status.
     *
     * @param args see {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs {@code loadtest} and answers its exit status; for embedding in another command line. */
    public static int run(PrintStream stdout, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new LoadTest(stdout, err));
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                err.println("loadtest: " + e.getMessage());
                return 2;
            }
            err.println("loadtest: internal error");
            e.printStackTrace(err);
            return 3;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        try {
            return execute();
        } catch (IllegalArgumentException e) {
            if (spec != null && spec.commandLine().getParent() != null) {
                // a subcommand of banter (LoadTestPlugin): a bad option value is the CLI's usage error, exit 2
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            throw e;
        }
    }

    private Integer execute() {
        Scenario s = scenario();
        Sweep sw = sweep == null ? null : Sweep.parse(sweep);
        Path hostileFile = hostile;
        if (hostileFile == null
                && s.groups().stream().anyMatch(g -> g.extensions().contains("hostile"))) {
            hostileFile = Path.of("..", "shared", "hostile", "loop-in-handler.js");
            if (!Files.isRegularFile(hostileFile)) {
                throw new IllegalArgumentException("--hostile: the scenario runs a hostile extension and the default "
                        + hostileFile.toAbsolutePath().normalize() + " is missing; pass --hostile FILE");
            }
        }
        LoadRun.Options options =
                new LoadRun.Options(hostileFile, extensionDir, seed, quiet ? null : new Progress(err), inFlight());
        Runner runner = new Runner(options, new Runner.Search(findMax, p99Ms, maxRate, stepSeconds, steps));
        LoadResult result = runner.execute(s, sw, Arrays.asList(argsOf()));
        write(result);
        for (Goal g : result.goals()) {
            stdout.println((g.met() ? "goal met:     " : "goal not met: ") + g.name() + " " + g.target() + ", measured "
                    + g.measured());
        }
        result.failures().forEach(f -> stdout.println("FAILED: " + f));
        return result.passed() ? 0 : 1;
    }

    /** The window of {@code --in-flight}, or 0 for open-loop arrivals. */
    int inFlight() {
        if (inFlight == null) {
            return 0;
        }
        if (inFlight < 1) {
            throw new IllegalArgumentException("--in-flight: must be at least 1 event, was " + inFlight);
        }
        if (findMax) {
            throw new IllegalArgumentException("--in-flight " + inFlight + " cannot be used with --find-max, which"
                    + " searches a rate of open-loop arrivals; leave one of them out");
        }
        return inFlight;
    }

    /** The preset with every option applied. */
    Scenario scenario() {
        Scenario s = Presets.scaled(Presets.named(scenario), scale);
        if (rate != null) {
            s = s.withRate(rate);
        }
        if (duration != null) {
            s = s.withSeconds(duration);
        }
        if (warmup != null) {
            s = s.withWarmup(warmup);
        }
        if (events != null) {
            s = s.withEvents(events);
        }
        if (workers != null) {
            s = s.withWorkers(workers);
        }
        if (soakSample != null) {
            s = s.withSoakSample(soakSample);
        }
        if (dedicatedLanes != null) {
            s = s.withDedicatedLanes(dedicatedLanes);
        }
        if (mix != null || tipSizes != null) {
            s = s.withMix(
                    Mix.parse(mix != null ? mix : Mix.DEFAULT_SPEC, tipSizes != null ? tipSizes : Mix.DEFAULT_TIPS));
        }
        String ordinary = has(s, "room") ? "room" : s.groups().getFirst().name();
        String mega = has(s, "mega") ? "mega" : s.groups().getFirst().name();
        if (rooms != null) {
            int n = rooms;
            s = s.mapGroups(ordinary, g -> g.withRooms(n));
        }
        if (viewers != null) {
            int n = viewers;
            s = s.mapGroups(mega, g -> g.withViewers(n));
        }
        if (extensions != null) {
            List<String> list = List.copyOf(extensions);
            s = s.mapGroups(ordinary, g -> g.withExtensions(list));
        }
        if (megaExtensions != null) {
            List<String> list = List.copyOf(megaExtensions);
            s = s.mapGroups("mega", g -> g.withExtensions(list));
        }
        return s;
    }

    private static boolean has(Scenario s, String group) {
        return s.groups().stream().anyMatch(g -> g.name().equals(group));
    }

    private String[] argsOf() {
        CommandLine.ParseResult parsed =
                spec == null ? null : spec.commandLine().getParseResult();
        return parsed == null ? new String[0] : parsed.originalArgs().toArray(String[]::new);
    }

    private void write(LoadResult result) {
        try {
            Files.createDirectories(out);
            JsonMapper json = JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();
            Path jsonFile = out.resolve(result.scenario() + ".json");
            Path htmlFile = out.resolve(result.scenario() + ".html");
            Files.writeString(jsonFile, json.writeValueAsString(result));
            Files.writeString(htmlFile, HtmlReport.render(result));
            stdout.println("wrote " + jsonFile + " and " + htmlFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + out, e);
        }
    }
}
