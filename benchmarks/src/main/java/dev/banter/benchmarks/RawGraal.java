package dev.banter.benchmarks;

import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.examples.Workloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The natural embedder's version of a workload: one GraalJS context that evaluated the reference file
 * ({@code w1_wordfilter.js} ..), whose {@code handle(msg, api)} is called directly on a {@link Value}, with an
 * {@code api} host object that keeps kv values in a Java {@link HashMap} and counts what is emitted. No limits, no
 * sandbox policy, one thread.
 */
final class RawGraal implements AutoCloseable {

    /** The message as {@code handle} reads it. */
    public static final class Msg {
        @HostAccess.Export
        public final String type;

        @HostAccess.Export
        public final String user;

        @HostAccess.Export
        public final double ts;

        @HostAccess.Export
        public final double amount;

        @HostAccess.Export
        public final String body;

        Msg(Corpus.Line line, long shift) {
            this.type = line.type();
            this.user = line.user();
            this.ts = line.ts() + shift;
            this.amount = line.amount();
            this.body = line.body();
        }
    }

    /** The {@code api} argument: kv in a map, emitted actions counted. */
    public static final class Api {
        private final Map<String, Object> kv = new HashMap<>();
        Counts counts = new Counts();

        @HostAccess.Export
        public Object kvGet(String key) {
            return kv.get(key);
        }

        @HostAccess.Export
        public void kvSet(String key, Value value) {
            kv.put(key, value);
        }

        @HostAccess.Export
        public void emit(String type, Value payload) {
            counts.action(type);
            if (type.equals("notice")
                    && payload.hasMember("to")
                    && !payload.getMember("to").isNull()) {
                counts.action("notice.to");
            }
        }
    }

    private final Context context;
    private final Value handle;
    private final Api api = new Api();

    RawGraal(Workloads workload) {
        String name = workload.fileName() + ".js";
        context = Context.newBuilder("js")
                .allowHostAccess(HostAccess.EXPLICIT)
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        context.eval(Source.newBuilder("js", reference(workload), name).buildLiteral());
        handle = context.getBindings("js").getMember("handle");
    }

    /** The reference file of a workload, as packed in this jar (a copy of {@code /work/shared/workloads/}). */
    static String reference(Workloads workload) {
        String resource = "reference/" + workload.fileName() + ".js";
        try (InputStream in = Objects.requireNonNull(RawGraal.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code handle} on one line and counts its result; answers whether it rejected. */
    boolean handle(Corpus.Line line, long shift) {
        Value result = handle.execute(new Msg(line, shift), api);
        Counts counts = api.counts;
        counts.messages++;
        if (result.getMember("verdict").asString().equals("reject")) {
            counts.rejected++;
            return true;
        }
        Value body = result.getMember("body");
        if (body != null && body.isString()) {
            counts.modified++;
            counts.modifiedChars += body.asString().length();
        }
        return false;
    }

    /** Whether this context's engine compiles guest code. */
    ExecutionMode executionMode() {
        return context.getEngine()
                        .getImplementationName()
                        .toLowerCase(Locale.ROOT)
                        .contains("interpreted")
                ? ExecutionMode.INTERPRETED
                : ExecutionMode.COMPILED;
    }

    /** What was counted so far. */
    Counts counts() {
        return api.counts;
    }

    /** Starts counting again (the kv stays). */
    void resetCounts() {
        api.counts = new Counts();
    }

    @Override
    public void close() {
        context.close();
    }
}
