package dev.banter.sdk.harness;

import dev.banter.api.action.Action;
import dev.banter.api.action.SetSubject;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.SandboxListener;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated host: takes the actions, violations and log lines the engine reports (on the room's lane) and hands
 * them to the caller step by step.
 */
final class Recorder implements ActionSink, SandboxListener {

    private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);

    private final List<Action> actions = new ArrayList<>();
    private final List<LimitViolation> violations = new ArrayList<>();
    private final List<String> logs = new ArrayList<>();
    private final List<Invocation> invocations = new ArrayList<>();
    private @Nullable String subject;

    @Override
    public synchronized void deliver(ActionEnvelope envelope) {
        actions.add(envelope.action());
        if (envelope.action() instanceof SetSubject s) {
            subject = s.subject();
        }
    }

    @Override
    public void undeliverable(ActionEnvelope envelope, Throwable lastFailure) {
        LOG.warn("the simulated host could not take action #{}", envelope.sequence(), lastFailure);
    }

    @Override
    public synchronized void violation(LimitViolation violation) {
        violations.add(violation);
    }

    @Override
    public synchronized void log(ExtensionInstance instance, String level, String line) {
        logs.add(level + " " + line);
    }

    /** A handler call of the extension ended (on the lane); see {@link MeasuredSandbox}. */
    synchronized void invoked(Invocation invocation) {
        invocations.add(invocation);
    }

    synchronized @Nullable String subject() {
        return subject;
    }

    /** What was recorded since the last call, as the result of a step with {@code outcome}. */
    synchronized StepResult drain(@Nullable Outcome outcome) {
        StepResult result = new StepResult(
                outcome,
                outcome == null ? null : verdict(outcome),
                outcome == null ? null : SimulatedRoom.deliveredBody(outcome),
                actions,
                violations,
                logs,
                outcome == null ? List.of() : failures(outcome),
                invocations);
        invocations.clear();
        actions.clear();
        violations.clear();
        logs.clear();
        return result;
    }

    private static StepVerdict verdict(Outcome outcome) {
        if (!outcome.delivered()) {
            return StepVerdict.REJECT;
        }
        return outcome.modified() ? StepVerdict.MODIFY : StepVerdict.PASS;
    }

    private static List<String> failures(Outcome outcome) {
        List<String> out = new ArrayList<>();
        for (TraceEntry t : outcome.trace()) {
            if (t.failure() != null) {
                out.add(t.handlerId() + ": " + t.failure());
            }
        }
        return out;
    }
}
