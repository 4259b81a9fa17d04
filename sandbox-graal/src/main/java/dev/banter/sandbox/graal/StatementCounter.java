package dev.banter.sandbox.graal;

import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.tools.profiler.CPUTracer;
import org.graalvm.polyglot.Engine;

/**
 * Counts the statements an engine ran, with Graal's CPU tracer watching the same statements the {@code
 * ResourceLimits} statement budget counts (statement-tagged nodes of non-internal sources). Only a sandbox made
 * with {@code countStatements} uses it: the tracer slows guest code down, and the instrument refuses engines under
 * {@code SandboxPolicy.CONSTRAINED}. Reading the total walks the tracer's per-location counters, so read it outside
 * the measured call.
 */
final class StatementCounter {

    private static final SourceSectionFilter STATEMENTS = SourceSectionFilter.newBuilder()
            .tagIs(StandardTags.StatementTag.class)
            .includeInternal(false)
            .build();

    private final CPUTracer tracer;

    private StatementCounter(CPUTracer tracer) {
        this.tracer = tracer;
    }

    /**
     * The counter of an engine, started on first use.
     *
     * @throws IllegalStateException if the profiler tool is missing or the engine refuses its tracer
     */
    static StatementCounter of(Engine engine) {
        CPUTracer tracer;
        try {
            tracer = CPUTracer.find(engine);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "counting statements needs org.graalvm.tools:profiler-tool " + engine.getVersion()
                            + " on the class or module path",
                    e);
        }
        if (tracer == null) {
            throw new IllegalStateException("the engine has no CPU tracer instrument; add org.graalvm.tools:"
                    + "profiler-tool " + engine.getVersion() + " to count statements");
        }
        synchronized (tracer) {
            if (!tracer.isCollecting()) {
                tracer.setFilter(STATEMENTS);
                tracer.setCollecting(true);
            }
        }
        return new StatementCounter(tracer);
    }

    /** Statements the engine ran since counting began, over all its contexts. */
    long total() {
        long sum = 0;
        for (CPUTracer.Payload p : tracer.getPayloads()) {
            sum += p.getCount();
        }
        return sum;
    }
}
