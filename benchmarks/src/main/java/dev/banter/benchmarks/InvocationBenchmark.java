package dev.banter.benchmarks;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.Handler;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.types.ChatMessage;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.examples.Workloads;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one call of an extension's handler costs, with every cache warm: one instance, one thread, the same 1,024
 * chat lines of {@link Corpus#DEFAULT} over and over; ops/s is calls/s. Three ways, the same {@code banter/1} code:
 *
 * <ul>
 *   <li>{@link #banter}: the instance's {@link Handler} as the engine calls it (event object, watchdog slot,
 *       statement budget reset, the prelude's dispatch, verdict), with a minimal {@link DirectContext} instead of an
 *       engine around it; default limits.
 *   <li>{@link #constrained}: raw GraalJS configured as the sandbox configures its contexts: an explicit engine with
 *       another context on it (so guest code is compiled for several contexts, as it is with one engine for many
 *       instances), {@link SandboxPolicy#CONSTRAINED}, the default statement budget reset before each call.
 *   <li>{@link #plain}: raw GraalJS as a natural embedder writes it: one context, no limits.
 * </ul>
 *
 * <p>In the last two the code runs with a stub {@code banter} and {@code ctx} whose methods only count rejections.
 * {@code plain - constrained} is what the sandbox's configuration costs a call; {@code constrained - banter} is
 * Banter's own work around a call. Neither includes the engine (submit, lanes, routing, outcomes) nor the caches
 * that thousands of rooms keep cold: {@link SandboxBenchmark} has both.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {
            Jit.UNLOCK,
            Jit.ENABLE_JVMCI,
            Jit.UPGRADE_MODULE_PATH,
            Jit.QUIET,
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-Xms2g",
            "-Xmx2g"
        })
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class InvocationBenchmark {

    static final int MESSAGES = 1_024;

    private static final String EMPTY = "banter.on('chat.message', function (m, ctx) {});";
    private static final String STUBS = "var __handler; var banter = { on: function (type, fn) { __handler = fn; } };";
    private static final String STUB_CTX = "({ rejected: 0, reject: function () { this.rejected++; },"
            + " moderation: { ban: function () {}, warn: function () {} } })";

    /** A chat line as the raw contexts read it: {@code m.body}, {@code m.user.name}, as the sandbox's events do. */
    public static final class Event {
        @HostAccess.Export
        public final String body;

        @HostAccess.Export
        public final Sender user;

        Event(Message message) {
            this.body = ((ChatMessage) message.payload()).body();
            this.user = new Sender(message.sender().name());
        }
    }

    /** The sender of an {@link Event}. */
    public static final class Sender {
        @HostAccess.Export
        public final String name;

        Sender(String name) {
            this.name = name;
        }
    }

    /** {@code empty}: a handler that does nothing; {@code w1}: the word filter's port. */
    @Param({"empty", "w1"})
    public String handler;

    private Message[] messages;
    private Event[] events;
    private Sandbox sandbox;
    private Handler instance;
    private final DirectContext context = new DirectContext();
    private long failures;
    private Engine engine;
    private Context constrainedContext;
    private Value constrainedHandler;
    private Value constrainedCtx;
    private Context plainContext;
    private Value plainHandler;
    private Value plainCtx;

    @Setup(Level.Trial)
    public void setUp() {
        Corpus corpus = Corpus.resource(Corpus.DEFAULT);
        List<Message> chat = new ArrayList<>();
        RoomId room = RoomId.of("invocation");
        for (int i = 0; i < corpus.size() && chat.size() < MESSAGES; i++) {
            if (corpus.get(i).isChat()) {
                chat.add(corpus.get(i).toMessage("m" + i, room, 0));
            }
        }
        messages = chat.toArray(Message[]::new);
        events = new Event[messages.length];
        for (int i = 0; i < messages.length; i++) {
            events[i] = new Event(messages[i]);
        }
        String code = handler.equals("w1") ? Workloads.number(1).code() : EMPTY;
        context.at(room);

        sandbox = SandboxProvider.load("graal").create(SandboxConfig.of(1));
        if (sandbox.executionMode() != ExecutionMode.COMPILED) {
            throw new IllegalStateException("the sandbox runs " + sandbox.executionMode() + "; check the JIT flags");
        }
        ExtensionInstance extension = sandbox.instantiate(InstanceSpec.of(
                ExtensionSource.banter1("invocation", code),
                room,
                0,
                new InMemoryStateStore(),
                Set.of(Permission.values())));
        instance = extension.handlerSpecs().getFirst().handler();

        long statements = SandboxLimits.defaults().get(LimitKind.STATEMENTS);
        engine = Engine.newBuilder("js")
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        Context.Builder constrained = Context.newBuilder("js")
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(HostAccess.CONSTRAINED)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .resourceLimits(ResourceLimits.newBuilder()
                        .statementLimit(statements, null)
                        .build());
        stubbed(constrained.build(), code).close(); // another context on the engine, as in a sandbox
        constrainedContext = stubbed(constrained.build(), code);
        constrainedHandler = constrainedContext.getBindings("js").getMember("__handler");
        constrainedCtx = constrainedContext.eval("js", STUB_CTX);

        plainContext = stubbed(
                Context.newBuilder("js")
                        .allowHostAccess(HostAccess.EXPLICIT)
                        .option("engine.WarnInterpreterOnly", "false")
                        .build(),
                code);
        plainHandler = plainContext.getBindings("js").getMember("__handler");
        plainCtx = plainContext.eval("js", STUB_CTX);
    }

    private static Context stubbed(Context context, String code) {
        context.eval("js", STUBS);
        context.eval(Source.create("js", code));
        return context;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (failures > 0) {
            System.out.println("[invocation " + handler + "] " + failures + " calls failed (limits while compiling)");
        }
        sandbox.close();
        constrainedContext.close();
        engine.close();
        plainContext.close();
    }

    /** The instance's handler, as the engine calls it; returns the number rejected. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int banter() throws Exception {
        int rejected = 0;
        for (Message m : messages) {
            try {
                if (instance.handle(m, context).kind() == VerdictKind.REJECT) {
                    rejected++;
                }
            } catch (ExtensionException e) {
                failures++;
            }
        }
        return rejected;
    }

    /** The same code in a context configured as the sandbox configures its own; returns the number rejected. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int constrained() {
        int before = constrainedCtx.getMember("rejected").asInt();
        for (Event event : events) {
            constrainedContext.resetLimits();
            constrainedHandler.executeVoid(event, constrainedCtx);
        }
        return constrainedCtx.getMember("rejected").asInt() - before;
    }

    /** The same code in a plain context; returns the number rejected. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int plain() {
        int before = plainCtx.getMember("rejected").asInt();
        for (Event event : events) {
            plainHandler.executeVoid(event, plainCtx);
        }
        return plainCtx.getMember("rejected").asInt() - before;
    }
}
