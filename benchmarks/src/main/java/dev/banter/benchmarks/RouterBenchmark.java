package dev.banter.benchmarks;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The router on bodies built to make a scanner go quadratic (4,096 spaces, ideographic spaces, {@code @} runs, dotted
 * runs, lone surrogates...) against ordinary chat, through one lane and a handler that asks for every category, so
 * the whole route (command, mentions, links, caps, first message) is computed. Time per message; the figure of
 * interest is {@code adversarial / ordinary}: it stays near the length ratio when every scan is linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RouterBenchmark {

    /** Bodies of the chat limit, 4,096 chars, that each stress one scan. */
    static final List<String> ADVERSARIAL = List.of(
            " ".repeat(4096),
            "\u3000".repeat(4096),
            "!" + " ".repeat(4095),
            "! " + "a ".repeat(2047),
            "@".repeat(4096),
            "@a".repeat(2048),
            "@" + "a.".repeat(2047) + "a",
            "a.".repeat(2048),
            "-".repeat(4095) + ".",
            "a-".repeat(2045) + ".comx",
            "http".repeat(1024),
            "www.".repeat(1024),
            "\uD800".repeat(4096),
            "\uDC00\uD800".repeat(2048),
            "x.co".repeat(1024));

    /** Ordinary chat of about 40 chars, with a mention and a link among them. */
    static final List<String> ORDINARY = List.of(
            "hello everyone, how is the show going?",
            "@alice that was great, thanks for the tip",
            "check www.example.com for the schedule",
            "!roll 2d6 please, feeling lucky tonight",
            "LOL THAT WAS AMAZING, DO IT AGAIN!!!!");

    private BanterRuntime runtime;
    private Message[] adversarial;
    private Message[] ordinary;
    /** Read by nobody: keeps the handler's look-up from being optimised away. */
    private volatile int categories;

    @Setup(Level.Trial)
    public void setUp() {
        runtime = BanterRuntime.newBuilder().lanes(1).build();
        RoomId id = RoomId.of("router");
        runtime.openRoom(id).install(HandlerSpec.of("categories", (message, ctx) -> {
            categories += ctx.routing().categories().size();
            return Verdict.pass();
        }));
        adversarial = messages(id, ADVERSARIAL);
        ordinary = messages(id, ORDINARY);
    }

    private static Message[] messages(RoomId room, List<String> bodies) {
        return bodies.stream()
                .map(b -> Message.of(BuiltinTypes.CHAT_MESSAGE, room, User.viewer("bob"), new ChatMessage(b)))
                .toArray(Message[]::new);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        runtime.close();
    }

    @Benchmark
    @OperationsPerInvocation(15)
    public int adversarial() {
        return run(adversarial);
    }

    @Benchmark
    @OperationsPerInvocation(5)
    public int ordinary() {
        return run(ordinary);
    }

    private int run(Message[] batch) {
        int delivered = 0;
        for (Message m : batch) {
            Outcome outcome = runtime.submit(m).toCompletableFuture().join();
            delivered += outcome.delivered() ? 1 : 0;
        }
        return delivered;
    }
}
