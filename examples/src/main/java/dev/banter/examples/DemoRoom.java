package dev.banter.examples;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Action;
import dev.banter.api.action.Ban;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.Permission;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.Warn;
import dev.banter.api.extension.CatalogEntry;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.RoomExtensions;
import dev.banter.api.handler.Command;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.metrics.HandlerMetrics;
import dev.banter.api.metrics.MetricsSnapshot;
import dev.banter.api.metrics.RoomMetrics;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import dev.banter.api.types.UserLeave;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.state.InMemoryStateStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small host that runs the example handlers in simulated rooms: scripted viewers enter, chat (now and then with a
 * banned word, a link or a {@code !command}) and tip at a steady rate for a bounded time. Every action is printed as
 * the host would carry it out, every rejected message as it is rejected, and a summary of the runtime's metrics at the
 * end. The script is seeded, so every run sends the same events. The JavaScript extensions are published to a
 * file-system catalog in a temporary directory and installed in each room through the room lifecycle, as a platform
 * would install what its broadcasters pick.
 *
 * <pre>
 * usage: DemoRoom [--seconds N] [--rate N] [--goal N]
 *   --seconds N  how long to simulate, 1..3600 (default 10)
 *   --rate N     events per second, 1..10000 (default 20)
 *   --goal N     the tip goal per room in tokens, 1..1000000 (default 300)
 * </pre>
 *
 * <p>Run it with {@code ./mvnw -B -q -pl examples exec:java}; pass options with {@code -Dexec.args="--seconds 5"}.
 *
 * @since 0.1
 */
public final class DemoRoom {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRoom.class);
    private static final String USAGE = "usage: DemoRoom [--seconds N] [--rate N] [--goal N]";
    private static final List<RoomId> ROOMS = List.of(RoomId.of("lobby"), RoomId.of("arcade"));
    private static final List<String> VIEWERS = List.of(
            "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar");
    private static final List<String> CHAT = List.of(
            "hi everyone",
            "hello from canada",
            "love this song",
            "what game is this?",
            "gg that was clutch",
            "the sound is a bit quiet",
            "first time here, nice stream",
            "lol",
            "good morning from tokyo",
            "can you play that again?",
            "this is awesome",
            "brb coffee",
            "WOW THAT WAS AMAZING",
            "soooooo good");
    private static final List<String> BANNED = List.of(
            "you are such a NOOB",
            "what a clown lol",
            "buy scamcoin now, cheap",
            "stfu already",
            "get freetokenz here!!",
            "this stream sucks");
    private static final List<String> LINKS = List.of(
            "check www.free-tokens.xyz",
            "visit mysite.com for more",
            "promo at https://cam-deals.biz/promo",
            "join discord.io/party");
    private static final List<String> COMMANDS = List.of("!help", "!top", "!roll 2d6", "!menu");
    private static final long[] TIPS = {5, 10, 25, 50, 100};

    private DemoRoom() {}

    /**
     * Runs the simulation with options from the command line; exits with status 2 and a message on bad options.
     *
     * @param args see the class documentation
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("DemoRoom: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            return;
        }
        run(options, System.out);
    }

    /**
     * Runs the simulation and prints to {@code out}: actions, rejected messages and the final summary.
     *
     * @return the runtime's metrics after every event was processed
     */
    public static MetricsSnapshot run(Options options, PrintStream out) {
        Path catalogDir;
        try {
            catalogDir = Files.createTempDirectory("banter-demo-catalog");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for the demo catalog", e);
        }
        try {
            return run(options, out, catalogDir);
        } finally {
            deleteTree(catalogDir);
        }
    }

    private static MetricsSnapshot run(Options options, PrintStream out, Path catalogDir) {
        TipCounter tips = new TipCounter(options.goal());
        try (BanterRuntime runtime = BanterRuntime.newBuilder()
                        .lanes(2)
                        .actionSink(printer(out))
                        .build();
                Sandbox sandbox = SandboxProvider.load("graal")
                        .create(SandboxConfig.of(runtime.lanes())
                                .withTypes(runtime.types().types()));
                InMemoryStateStore state = new InMemoryStateStore()) {
            out.println("JavaScript extensions run "
                    + sandbox.executionMode().name().toLowerCase(Locale.ROOT));
            FileSystemCatalog catalog = FileSystemCatalog.open(catalogDir, PlatformPolicy.permissive());
            JsExtensions.publishAll(catalog);
            for (String name : JsExtensions.NAMES) {
                CatalogEntry entry = catalog.latestPublished(name).orElseThrow();
                out.println("catalog: " + entry.coordinates() + " "
                        + entry.state().name().toLowerCase(Locale.ROOT) + " "
                        + entry.contentHash().substring(0, 19));
            }
            RoomExtensions extensions = DefaultRoomExtensions.newBuilder()
                    .runtime(runtime)
                    .sandbox(sandbox)
                    .catalog(catalog)
                    .state(state)
                    .listener(r -> out.println("lifecycle: " + r.action().name().toLowerCase(Locale.ROOT) + " "
                            + r.extensionId() + "@" + r.to() + " in " + r.room() + " by " + r.actor() + ": "
                            + r.result().name().toLowerCase(Locale.ROOT)))
                    .build();
            for (RoomId id : ROOMS) {
                Room room = runtime.openRoom(id);
                room.install(WordFilter.spec());
                room.install(TipCounter.spec(tips));
                room.install(Welcome.spec());
                room.install(commands(tips));
                JsExtensions.installAll(extensions, id, id.value());
            }
            out.printf(
                    Locale.ROOT,
                    "simulating %s for %d s at %d events/s, tip goal %d%n",
                    ROOMS,
                    options.seconds(),
                    options.rate(),
                    options.goal());
            Script script = new Script(new Random(42));
            int events = options.seconds() * options.rate();
            long period = 1_000_000_000L / options.rate();
            long start = System.nanoTime();
            List<CompletableFuture<Outcome>> outcomes = new ArrayList<>(events);
            for (int i = 0; i < events; i++) {
                LockSupport.parkNanos(start + i * period - System.nanoTime());
                Message message = script.next();
                outcomes.add(runtime.submit(message).toCompletableFuture().whenComplete((o, e) -> report(out, o, e)));
            }
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                    .exceptionally(e -> null)
                    .join();
            MetricsSnapshot metrics = runtime.metrics();
            printSummary(out, events, (System.nanoTime() - start) / 1e9, metrics);
            return metrics;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the demo catalog in {}", dir, e);
        }
    }

    /** A sink that prints each action as one readable line. */
    static ActionSink printer(PrintStream out) {
        return new ActionSink() {
            @Override
            public void deliver(ActionEnvelope envelope) {
                out.println("[" + envelope.room() + " #" + envelope.sequence() + "] " + describe(envelope.action()));
            }

            @Override
            public void undeliverable(ActionEnvelope envelope, Throwable lastFailure) {
                LOG.warn("gave up on action #{} in {}", envelope.sequence(), envelope.room(), lastFailure);
            }
        };
    }

    /** One action as a host would describe what it did. */
    static String describe(Action action) {
        return switch (action) {
            case Notice n -> "notice to " + audience(n.target()) + ": " + n.text();
            case Ban b -> "ban " + b.user() + " (" + b.reason() + ")";
            case Warn w -> "warn " + w.user() + " (" + w.reason() + ")";
            case SetSubject s -> "subject: " + s.subject();
            default -> action.kind() + ": " + action;
        };
    }

    private static String audience(NoticeTarget target) {
        return switch (target) {
            case NoticeTarget.Everyone e -> "all";
            case NoticeTarget.ToUser u -> u.name();
            case NoticeTarget.ToGroup g -> g.audience().wireName();
        };
    }

    // Answers !help and !top privately; shows command subscriptions next to the three example handlers.
    private static HandlerSpec commands(TipCounter tips) {
        return HandlerSpec.of("commands", (message, ctx) -> {
                    Command command = Objects.requireNonNull(ctx.routing().command());
                    String user = message.sender().name();
                    String text = command.name().equals("top")
                            ? "top tipper: " + tips.topTipper(ctx.room()).orElse("nobody yet") + ", total "
                                    + tips.total(ctx.room()) + " of " + tips.goal() + " tokens"
                            : "commands: !help, !top";
                    ctx.emit(Notice.toUser(user, text));
                    return Verdict.pass();
                })
                .on(Subscription.command("help"), Subscription.command("top"))
                .grant(Permission.NOTICE);
    }

    private static void report(PrintStream out, @Nullable Outcome outcome, @Nullable Throwable failure) {
        if (failure != null || outcome == null) {
            out.println("submit failed: " + failure);
        } else if (outcome.status() != Outcome.Status.DELIVERED) {
            Message m = outcome.message();
            String what = m.payload() instanceof ChatMessage chat
                    ? "\"" + chat.body() + "\""
                    : m.type().name();
            out.println("[" + m.room() + "] " + outcome.status().name().toLowerCase(Locale.ROOT) + " "
                    + m.sender().name() + ": " + what + " (" + outcome.reason() + ")");
        } else if (outcome.modified() && outcome.message().payload() instanceof ChatMessage chat) {
            Message m = outcome.message();
            out.println("[" + m.room() + "] delivered as modified " + m.sender().name() + ": \"" + chat.body() + "\"");
        }
    }

    private static void printSummary(PrintStream out, int events, double seconds, MetricsSnapshot metrics) {
        out.printf(Locale.ROOT, "== summary: %d events in %.1f s ==%n", events, seconds);
        for (Map.Entry<RoomId, RoomMetrics> e : new TreeMap<>(metrics.rooms()).entrySet()) {
            RoomMetrics r = e.getValue();
            out.printf(
                    Locale.ROOT,
                    "room %-8s accepted %5d  delivered %5d  rejected %4d  actions %4d%n",
                    e.getKey(),
                    r.accepted(),
                    r.delivered(),
                    r.rejected(),
                    r.actionsDelivered());
        }
        for (Map.Entry<String, HandlerMetrics> e : new TreeMap<>(metrics.handlers()).entrySet()) {
            HandlerMetrics h = e.getValue();
            out.printf(
                    Locale.ROOT,
                    "handler %-10s invocations %5d  rejects %4d  failures %2d  p99 %8.1f us%n",
                    e.getKey(),
                    h.invocations(),
                    h.rejects(),
                    h.failures(),
                    h.latency().p99() / 1000.0);
        }
    }

    /**
     * The simulation's options.
     *
     * @param seconds how long to simulate
     * @param rate events per second
     * @param goal the tip goal per room, in tokens
     */
    public record Options(int seconds, int rate, long goal) {

        /** The defaults: 10 s at 20 events/s, goal 300. */
        public static final Options DEFAULT = new Options(10, 20, 300);

        /**
         * Checks the ranges.
         *
         * @throws IllegalArgumentException if a value is out of its range
         */
        public Options {
            check("--seconds", seconds, 3600);
            check("--rate", rate, 10_000);
            check("--goal", goal, 1_000_000);
        }

        /**
         * Parses command-line options.
         *
         * @return the options, or null if help was asked for
         * @throws IllegalArgumentException naming the option and the value, on an unknown option or a bad value
         */
        public static @Nullable Options parse(String... args) {
            int seconds = DEFAULT.seconds;
            int rate = DEFAULT.rate;
            long goal = DEFAULT.goal;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    return null;
                }
                if (!option.equals("--seconds") && !option.equals("--rate") && !option.equals("--goal")) {
                    throw new IllegalArgumentException("unknown option '" + option + "'");
                }
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                long value = number(option, args[++i]);
                switch (option) {
                    case "--seconds" -> seconds = (int) check(option, value, 3600);
                    case "--rate" -> rate = (int) check(option, value, 10_000);
                    default -> goal = check(option, value, 1_000_000);
                }
            }
            return new Options(seconds, rate, goal);
        }

        private static long number(String option, String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, got '" + text + "'");
            }
        }

        private static long check(String option, long value, long max) {
            if (value < 1 || value > max) {
                throw new IllegalArgumentException(option + " must be from 1 to " + max + ", got " + value);
            }
            return value;
        }
    }

    /** The seeded script: who does what next. */
    private static final class Script {
        private final Random random;
        private final boolean[] present = new boolean[VIEWERS.size()];

        Script(Random random) {
            this.random = random;
        }

        Message next() {
            int v = random.nextInt(VIEWERS.size());
            RoomId room = ROOMS.get(v % ROOMS.size());
            User user = User.viewer(VIEWERS.get(v));
            if (!present[v]) {
                present[v] = true;
                return Message.of(BuiltinTypes.USER_ENTER, room, user, UserEnter.INSTANCE);
            }
            int roll = random.nextInt(100);
            if (roll < 2) {
                present[v] = false;
                return Message.of(BuiltinTypes.USER_LEAVE, room, user, UserLeave.INSTANCE);
            }
            if (roll < 12) {
                long amount = TIPS[random.nextInt(TIPS.length)];
                return Message.of(BuiltinTypes.TIP, room, user, new Tip(amount, "", false));
            }
            int kind = random.nextInt(100);
            List<String> lines = kind < 7 ? BANNED : kind < 11 ? LINKS : kind < 19 ? COMMANDS : CHAT;
            String body = lines.get(random.nextInt(lines.size()));
            return Message.of(BuiltinTypes.CHAT_MESSAGE, room, user, new ChatMessage(body));
        }
    }
}
