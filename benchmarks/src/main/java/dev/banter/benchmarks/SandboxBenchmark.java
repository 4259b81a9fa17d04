package dev.banter.benchmarks;

import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.examples.Workloads;
import java.util.concurrent.TimeUnit;
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
 * The five reference workloads (w1..w5) over the 10,000 messages of {@link Corpus#DEFAULT}, measured two ways in
 * the same JVM with the same JIT flags; ops/s is messages/s.
 *
 * <ul>
 *   <li>{@link #banter}: Banter end to end. 1,000 rooms on 2 lanes, one instance of the workload's
 *       {@code banter/1} port per room, default limits; each invocation submits the corpus through
 *       {@code BanterRuntime.submit} (message {@code i} to room {@code i % 1000}) and waits for every outcome.
 *   <li>{@link #raw}: the natural embedder. One GraalJS context that evaluated the reference file, its
 *       {@code handle(msg, api)} called on each message in a loop, kv in a Java map ({@link RawGraal}).
 * </ul>
 *
 * <p>Each invocation replays the corpus shifted in time past the previous replay, so time windows (w2) see new
 * traffic instead of the same timestamps again. The figure of interest is {@code banter / raw} per workload.
 *
 * <p>Both run in a fork with a fixed, pre-touched 4 GB heap, as a host with a thousand rooms would size its JVM: with
 * the default heap, which starts small and grows, G1's young generation stays small and the thousand contexts' live
 * data makes each of its frequent collections expensive (w1 ran at about 265,000 msgs/s that way against 480,000 with
 * the fixed heap, in the same harness). The heap is on transparent huge pages where the kernel offers them, and
 * survivors are promoted after one young collection, as {@code docs/embedding.md} advises hosts. The warm-up is
 * 60 s: the Graal compiler, running as Java bytecode on two cores, takes about that long to compile a thousand
 * contexts' worth of code.
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
            "-Xms4g",
            "-Xmx4g",
            "-XX:+AlwaysPreTouch",
            "-XX:+UseTransparentHugePages",
            "-XX:MaxTenuringThreshold=1"
        })
@Warmup(iterations = 15, time = 4)
@Measurement(iterations = 5, time = 4)
public class SandboxBenchmark {

    static final int MESSAGES = 10_000;
    static final int ROOMS = 1_000;
    static final int LANES = 2;

    /** Banter: the runtime, the sandbox and 1,000 instances of the port. */
    @State(Scope.Benchmark)
    public static class BanterState {
        @Param({"1", "2", "3", "4", "5"})
        public int workload;

        Corpus corpus;
        BanterRooms rooms;
        long shift;
        long replays;

        @Setup(Level.Trial)
        public void setUp() {
            corpus = Corpus.resource(Corpus.DEFAULT);
            check(corpus);
            rooms = new BanterRooms(Workloads.number(workload), ROOMS, LANES, SandboxLimits.defaults());
            if (rooms.executionMode() != ExecutionMode.COMPILED) {
                throw new IllegalStateException("the sandbox runs " + rooms.executionMode() + "; check the JIT flags");
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            System.out.println("[banter w" + workload + "] " + rooms.violations() + " limit violations in " + replays
                    + " replays; " + rooms.loadRetries() + " loads tried again");
            rooms.close();
        }
    }

    /** Raw GraalJS: one context with the reference file. */
    @State(Scope.Benchmark)
    public static class RawState {
        @Param({"1", "2", "3", "4", "5"})
        public int workload;

        Corpus corpus;
        RawGraal raw;
        long shift;

        @Setup(Level.Trial)
        public void setUp() {
            corpus = Corpus.resource(Corpus.DEFAULT);
            check(corpus);
            raw = new RawGraal(Workloads.number(workload));
            if (raw.executionMode() != ExecutionMode.COMPILED) {
                throw new IllegalStateException("raw GraalJS runs " + raw.executionMode() + "; check the JIT flags");
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            raw.close();
        }
    }

    private static void check(Corpus corpus) {
        if (corpus.size() != MESSAGES) {
            throw new IllegalStateException("the corpus has " + corpus.size() + " messages, not " + MESSAGES);
        }
    }

    /** Submits the corpus to the 1,000 rooms and waits for every outcome; returns the number rejected. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int banter(BanterState s) {
        s.replays++;
        s.shift += s.corpus.replayShift();
        return s.rooms.replay(s.corpus, s.shift, null);
    }

    /** Calls the reference {@code handle} on every message of the corpus; returns the number rejected. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int raw(RawState s) {
        s.shift += s.corpus.replayShift();
        Corpus corpus = s.corpus;
        RawGraal raw = s.raw;
        long shift = s.shift;
        int rejected = 0;
        for (int i = 0; i < MESSAGES; i++) {
            if (raw.handle(corpus.get(i), shift)) {
                rejected++;
            }
        }
        raw.resetCounts();
        return rejected;
    }
}
