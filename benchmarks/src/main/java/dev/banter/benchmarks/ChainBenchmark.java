package dev.banter.benchmarks;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import java.util.concurrent.CompletableFuture;
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
 * A three-handler chain — chat counter, {@link dev.banter.examples.WordFilter}, delivery counter — over the 10,000
 * chat messages of the corpus, spread round-robin over 1,000 rooms, measured two ways; ops/s is messages/s.
 *
 * <ul>
 *   <li>{@link #endToEnd}: every message through {@link BanterRuntime#submit} on a 2-lane runtime, waiting for every
 *       outcome; actions go to a no-op sink. Three threads (the submitter and two lanes) share the machine's cores.
 *   <li>{@link #direct}: the same handler instances called in a loop on the same messages with a minimal
 *       {@link DirectContext}, on one thread, no engine.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// A fixed, pre-touched heap for both benchmarks: a heap that grows during the run makes the kernel fault in and zero
// fresh pages in the middle of the measurement, which on a small VM costs the allocation-heavier end-to-end path far
// more than the loop it is compared with.
@Fork(
        value = 1,
        jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChainBenchmark {

    static final int BATCH = 10_000;
    static final int ROOMS = 1_000;
    static final int LANES = 2;

    private Chain chain;
    private BanterRuntime runtime;
    private Message[] messages;
    private CompletableFuture<?>[] pending;
    private DirectContext context;

    @Setup(Level.Trial)
    public void setUp() {
        chain = new Chain();
        messages = Chain.messages(ROOMS);
        if (messages.length != BATCH) {
            throw new IllegalStateException("corpus has " + messages.length + " messages, not " + BATCH);
        }
        runtime = chain.runtime(LANES, ROOMS);
        pending = new CompletableFuture<?>[BATCH];
        context = new DirectContext();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        runtime.close();
    }

    /**
     * Submits the batch and waits for every outcome; returns the number rejected.
     *
     * <p>It waits newest first: the last outcomes complete last, so the submitter blocks about once per lane and then
     * finds the others done. Waiting oldest first blocks it again and again while the lanes catch up, and each time a
     * lane pays for unparking it: the benchmark then measures thread hand-offs between three threads on two cores
     * rather than the engine. Every outcome is still waited for and checked.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int endToEnd() {
        for (int i = 0; i < BATCH; i++) {
            pending[i] = runtime.submit(messages[i]).toCompletableFuture();
        }
        for (int i = BATCH - 1; i >= 0; i--) {
            pending[i].join();
        }
        int rejected = 0;
        for (int i = 0; i < BATCH; i++) {
            Outcome outcome = (Outcome) pending[i].join();
            if (outcome.status() == Outcome.Status.REJECTED) {
                rejected++;
            } else if (outcome.status() != Outcome.Status.DELIVERED) {
                throw new IllegalStateException("message " + i + " was " + outcome.status() + ": " + outcome.reason());
            }
            pending[i] = null;
        }
        return rejected;
    }

    /** Calls the handlers on the batch directly; returns the number rejected. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int direct() throws Exception {
        int rejected = 0;
        for (int i = 0; i < BATCH; i++) {
            if (chain.direct(messages[i], context)) {
                rejected++;
            }
        }
        return rejected;
    }

    Chain chain() {
        return chain;
    }
}
