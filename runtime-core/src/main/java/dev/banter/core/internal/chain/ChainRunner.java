package dev.banter.core.internal.chain;

import dev.banter.api.action.Action;
import dev.banter.api.handler.FailurePolicy;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Stage;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.Verdict;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageCodec;
import dev.banter.api.message.MessageFormatException;
import dev.banter.core.internal.metrics.LaneMetrics;
import dev.banter.core.internal.metrics.RoomCounters;
import dev.banter.core.internal.routing.Router;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one message through a room's chain on the room's lane. One runner per lane; not thread-safe.
 *
 * <pre>
 *   interceptors ── pass ──► next ... ──► delivered ──► observers (verdicts ignored) ──► Outcome
 *        │ modify: payload checked against the schema, next handler sees it
 *        │ reject: not delivered, observers skipped
 *        │ stop:   delivered as is, remaining interceptors skipped
 *        └ throw / null / bad payload: FAILED in the trace; FAIL_OPEN goes on, FAIL_CLOSED rejects
 * </pre>
 */
public final class ChainRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ChainRunner.class);

    private final int lane;
    private final LaneMetrics metrics;
    private final MessageCodec codec;
    private final Clock clock;
    private final Router router;

    public ChainRunner(int lane, LaneMetrics metrics, MessageCodec codec, Clock clock, Router router) {
        this.router = router;
        this.lane = lane;
        this.metrics = metrics;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Runs the chain.
     *
     * @param firstMessage what {@link Router#touch} answered for the message
     * @param emitted receives the actions emitted, in order
     */
    public Outcome run(
            ChainSnapshot snapshot,
            Message message,
            boolean firstMessage,
            RoomCounters counters,
            List<Emitted> emitted) {
        TypeChain chain = snapshot.chainFor(message.type());
        LazyRoute route = new LazyRoute(router, message, firstMessage);
        List<TraceEntry> trace = new ArrayList<>(chain.interceptors.length + chain.observers.length);
        Message current = message;
        Outcome.Status status = Outcome.Status.DELIVERED;
        String reason = null;

        for (Step step : chain.interceptors) {
            if (!step.matches(route)) {
                continue;
            }
            CallContext ctx =
                    new CallContext(step.entry, message.room(), Stage.INTERCEPT, route, clock, emitted, counters);
            long t0 = System.nanoTime();
            Verdict verdict = null;
            String failure;
            try {
                verdict = step.entry.spec.handler().handle(current, ctx);
                failure = checkVerdict(step.entry, current, verdict);
            } catch (Throwable t) {
                failure = describe(step.entry, t);
            } finally {
                ctx.end();
            }
            long nanos = System.nanoTime() - t0;
            if (failure != null) {
                record(step.entry, Stage.INTERCEPT, VerdictKind.FAILED, nanos, failure, trace, counters);
                if (step.entry.spec.failurePolicy() == FailurePolicy.FAIL_CLOSED) {
                    status = Outcome.Status.REJECTED;
                    reason = failure;
                    break;
                }
                continue;
            }
            VerdictKind kind = verdict.kind();
            record(step.entry, Stage.INTERCEPT, kind, nanos, null, trace, counters);
            if (verdict instanceof Verdict.Modify modify) {
                current = current.withPayload(modify.payload());
            } else if (verdict instanceof Verdict.Reject reject) {
                status = Outcome.Status.REJECTED;
                reason = reject.reason();
                break;
            } else if (kind == VerdictKind.STOP) {
                break;
            }
        }

        if (status == Outcome.Status.DELIVERED) {
            for (Step step : chain.observers) {
                if (step.matches(route)) {
                    observe(step, current, route, counters, emitted, trace);
                }
            }
        }
        List<Action> actions = new ArrayList<>(emitted.size());
        for (Emitted e : emitted) {
            actions.add(e.action());
        }
        return new Outcome(status, current, reason, trace, actions);
    }

    private void observe(
            Step step,
            Message message,
            LazyRoute route,
            RoomCounters counters,
            List<Emitted> emitted,
            List<TraceEntry> trace) {
        CallContext ctx = new CallContext(step.entry, message.room(), Stage.OBSERVE, route, clock, emitted, counters);
        long t0 = System.nanoTime();
        VerdictKind kind;
        String failure = null;
        try {
            Verdict verdict = step.entry.spec.handler().handle(message, ctx);
            kind = verdict == null ? VerdictKind.PASS : verdict.kind();
        } catch (Throwable t) {
            failure = describe(step.entry, t);
            kind = VerdictKind.FAILED;
        } finally {
            ctx.end();
        }
        record(step.entry, Stage.OBSERVE, kind, System.nanoTime() - t0, failure, trace, counters);
    }

    private @Nullable String checkVerdict(ChainEntry entry, Message current, @Nullable Verdict verdict) {
        if (verdict == null) {
            return "handler '" + entry.spec.id() + "' returned null from "
                    + current.type().name() + " handler; return Verdict.pass() to let the message through";
        }
        if (verdict instanceof Verdict.Modify modify) {
            Class<?> expected = current.type().schema().payloadType();
            if (!expected.isInstance(modify.payload())) {
                return "handler '" + entry.spec.id() + "' modified "
                        + current.type().name() + " with a "
                        + modify.payload().getClass().getSimpleName() + "; it needs a " + expected.getSimpleName();
            }
            try {
                codec.validate(current.type(), modify.payload());
            } catch (MessageFormatException e) {
                return "handler '" + entry.spec.id() + "' modified "
                        + current.type().name() + " with a payload that does not fit: " + e.getMessage();
            } catch (IllegalArgumentException e) {
                return "handler '" + entry.spec.id() + "' modified "
                        + current.type().name() + " with "
                        + modify.payload().getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        return null;
    }

    private static String describe(ChainEntry entry, Throwable t) {
        if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
            throw vme; // out of memory and friends are the JVM's problem, not one handler's
        }
        LOG.debug("handler '{}' failed", entry.spec.id(), t);
        String message = t.getMessage();
        return "handler '" + entry.spec.id() + "' threw " + t.getClass().getName()
                + (message == null ? "" : ": " + (message.length() > 200 ? message.substring(0, 200) : message));
    }

    private void record(
            ChainEntry entry,
            Stage stage,
            VerdictKind kind,
            long nanos,
            @Nullable String failure,
            List<TraceEntry> trace,
            RoomCounters counters) {
        trace.add(new TraceEntry(entry.spec.id(), stage, kind, nanos, failure));
        entry.stats(lane, metrics).record(kind, nanos);
        if (kind == VerdictKind.FAILED) {
            counters.handlerFailures++;
        }
    }
}
