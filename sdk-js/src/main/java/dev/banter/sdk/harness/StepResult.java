package dev.banter.sdk.harness;

import dev.banter.api.action.Action;
import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import dev.banter.api.sandbox.LimitViolation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened in a simulated room during one step.
 *
 * @param outcome the message's outcome; null for a step that sent no message (time passing, the start)
 * @param verdict the verdict of the message; null when no message was sent
 * @param body the delivered chat body, for a delivered chat message; else null
 * @param actions every action handed to the host during the step, in order (timer firings included)
 * @param violations the limit violations during the step
 * @param logs the extension's log lines during the step, each as {@code level line}
 * @param failures handler failures in the message's trace, as {@code handler: failure}
 * @param invocations every call of the extension's handlers during the step, in order (timer firings included),
 *     with its cost; since 0.5
 * @since 0.4
 */
public record StepResult(
        @Nullable Outcome outcome,
        @Nullable StepVerdict verdict,
        @Nullable String body,
        List<Action> actions,
        List<LimitViolation> violations,
        List<String> logs,
        List<String> failures,
        List<Invocation> invocations) {

    public StepResult {
        actions = List.copyOf(actions);
        invocations = List.copyOf(invocations);
        violations = List.copyOf(violations);
        logs = List.copyOf(logs);
        failures = List.copyOf(failures);
    }

    /** The notices among the actions. */
    public List<Notice> notices() {
        return actions.stream()
                .filter(Notice.class::isInstance)
                .map(Notice.class::cast)
                .toList();
    }

    /** The actions as {@link ActionViews#scenarioView views}. */
    public List<ActionViews.View> views() {
        return actions.stream().map(ActionViews::scenarioView).toList();
    }
}
