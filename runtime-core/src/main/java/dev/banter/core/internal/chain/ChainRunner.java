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

    // Scratch space for the calls of the message being run; lane-confined, reused.
    private ChainEntry[] ranEntries = new ChainEntry[0];
    private Stage[] ranStages = new Stage[0];
    private VerdictKind[] ranKinds = new VerdictKind[0];
    private long[] ranNanos = new long[0];
    private @Nullable String[] ranFailures = new String[0];
    private long lastNanos;
    private final ArrayList<Emitted> emitted = new ArrayList<>();

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
     * <p>Handler calls are timed back to back: each call's time runs from the previous reading to the one after it
     * returns, so a chain of n handlers reads the clock n times past {@code startNanos}. What the engine does between
     * two calls (a verdict check, a context) is a few field writes; the trace entries and the handler histograms are
     * written once the chain is done, outside every handler's time.
     *
     * @param firstMessage what {@link Router#touch} answered for the message
     * @param startNanos a {@link System#nanoTime()} reading taken just before the call
     * @param emitted receives the actions emitted, in order
     */
    public Outcome run(
            ChainSnapshot snapshot,
            Message message,
            boolean firstMessage,
            RoomCounters counters,
            List<Emitted> emitted,
            long startNanos) {
        return run(snapshot.chainFor(message.type()), message, firstMessage, counters, emitted, startNanos);
    }

    /**
     * Runs a {@code timer} message through the handlers of its owner only, as {@link #run} does.
     *
     * @param owner the owner of the timer, as {@link ChainSnapshot#timerOwner} names it
     */
    public Outcome runTimer(
            ChainSnapshot snapshot,
            String owner,
            Message message,
            RoomCounters counters,
            List<Emitted> emitted,
            long startNanos) {
        return run(snapshot.timerChainFor(owner), message, false, counters, emitted, startNanos);
    }

    private Outcome run(
            TypeChain chain,
            Message message,
            boolean firstMessage,
            RoomCounters counters,
            List<Emitted> emitted,
            long startNanos) {
        if (chain.interceptors.length == 0 && chain.observers.length == 0) {
            // nobody takes this type in this room: delivered as it is, with nothing to route or trace
            lastNanos = startNanos;
            return new Outcome(Outcome.Status.DELIVERED, message, null, List.of(), List.of());
        }
        LazyRoute route = new LazyRoute(router, message, firstMessage, clock, emitted, counters);
        ensureCapacity(chain.interceptors.length + chain.observers.length);
        int ran = 0;
        long t = startNanos;
        Message current = message;
        Outcome.Status status = Outcome.Status.DELIVERED;
        String reason = null;

        for (Step step : chain.interceptors) {
            if (!step.matches(route)) {
                continue;
            }
            CallContext ctx = new CallContext(step.entry, Stage.INTERCEPT, route);
            Verdict verdict = null;
            String failure;
            try {
                verdict = step.handler.handle(current, ctx);
                failure = checkVerdict(step.entry, current, verdict);
            } catch (Throwable thrown) {
                failure = describe(step.entry, thrown);
            } finally {
                ctx.end();
            }
            long now = System.nanoTime();
            VerdictKind kind = failure != null ? VerdictKind.FAILED : verdict.kind();
            note(ran++, step.entry, Stage.INTERCEPT, kind, now - t, failure);
            t = now;
            if (failure != null) {
                if (step.entry.spec.failurePolicy() == FailurePolicy.FAIL_CLOSED) {
                    status = Outcome.Status.REJECTED;
                    reason = failure;
                    break;
                }
                continue;
            }
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
                if (!step.matches(route)) {
                    continue;
                }
                CallContext ctx = new CallContext(step.entry, Stage.OBSERVE, route);
                VerdictKind kind;
                String failure = null;
                try {
                    Verdict verdict = step.handler.handle(current, ctx);
                    kind = verdict == null ? VerdictKind.PASS : verdict.kind();
                } catch (Throwable thrown) {
                    failure = describe(step.entry, thrown);
                    kind = VerdictKind.FAILED;
                } finally {
                    ctx.end();
                }
                long now = System.nanoTime();
                note(ran++, step.entry, Stage.OBSERVE, kind, now - t, failure);
                t = now;
            }
        }
        lastNanos = t;
        return new Outcome(status, current, reason, trace(ran, counters), actions(emitted));
    }

    /**
     * A list for the actions of one event at a time, shared by the lane's rooms: a lane runs one event at a time, and
     * one list that stays in the cache costs each event less than a list per room.
     */
    public ArrayList<Emitted> emittedBuffer() {
        return emitted;
    }

    /**
     * The {@link System#nanoTime()} reading after the last handler call of the latest {@link #run}, or its start if
     * no handler ran.
     */
    public long lastNanos() {
        return lastNanos;
    }

    private void ensureCapacity(int steps) {
        if (ranEntries.length < steps) {
            ranEntries = new ChainEntry[steps];
            ranStages = new Stage[steps];
            ranKinds = new VerdictKind[steps];
            ranNanos = new long[steps];
            ranFailures = new String[steps];
        }
    }

    private void note(int i, ChainEntry entry, Stage stage, VerdictKind kind, long nanos, @Nullable String failure) {
        ranEntries[i] = entry;
        ranStages[i] = stage;
        ranKinds[i] = kind;
        ranNanos[i] = nanos;
        ranFailures[i] = failure;
    }

    /** Records the calls noted by the latest run in the handler histograms and returns them as its trace. */
    private List<TraceEntry> trace(int ran, RoomCounters counters) {
        TraceEntry[] entries = new TraceEntry[ran];
        for (int i = 0; i < ran; i++) {
            ChainEntry entry = ranEntries[i];
            VerdictKind kind = ranKinds[i];
            entries[i] = new TraceEntry(entry.spec.id(), ranStages[i], kind, ranNanos[i], ranFailures[i]);
            entry.stats(lane, metrics).record(kind, ranNanos[i]);
            if (kind == VerdictKind.FAILED) {
                counters.handlerFailures++;
            }
            ranEntries[i] = null; // let go of the room's handlers and failure texts
            ranFailures[i] = null;
        }
        return ImmutableLists.of(entries);
    }

    private static List<Action> actions(List<Emitted> emitted) {
        int n = emitted.size();
        if (n == 0) {
            return List.of();
        }
        Action[] actions = new Action[n];
        for (int i = 0; i < n; i++) {
            actions[i] = emitted.get(i).action();
        }
        return ImmutableLists.of(actions);
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
}
