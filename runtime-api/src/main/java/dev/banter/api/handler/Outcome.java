package dev.banter.api.handler;

import dev.banter.api.action.Action;
import dev.banter.api.message.Message;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of one submitted message: its status, the message as delivered, every handler step, and the actions
 * its handlers emitted.
 *
 * @param status what became of it
 * @param message the message as delivered (after modifications) or, if not delivered, as it was last seen
 * @param reason why it was not delivered, for every status but {@code DELIVERED}
 * @param trace every handler call in order, interceptors first, then observers
 * @param actions the actions emitted while handling it, in emission order
 * @since 0.1
 */
public record Outcome(
        Status status, Message message, @Nullable String reason, List<TraceEntry> trace, List<Action> actions) {

    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        trace = List.copyOf(trace);
        actions = List.copyOf(actions);
    }

    /** An outcome of a message that never reached its chain. */
    public static Outcome refused(Status status, Message message, String reason) {
        return new Outcome(status, message, reason, List.of(), List.of());
    }

    /** Whether the message was delivered. */
    public boolean delivered() {
        return status == Status.DELIVERED;
    }

    /** Whether some handler modified the message. */
    public boolean modified() {
        for (TraceEntry entry : trace) {
            if (entry.verdict() == VerdictKind.MODIFY && entry.stage() == Stage.INTERCEPT) {
                return true;
            }
        }
        return false;
    }

    /** What became of a submitted message. */
    public enum Status {
        /** Through the chain and delivered; observers have seen it. */
        DELIVERED,
        /** An interceptor rejected it, or a fail-closed handler failed; {@link #reason()} says which. */
        REJECTED,
        /** Refused at submit: a best-effort type that does not coalesce, and the room over its queue bound. */
        OVERLOADED,
        /** Accepted, then replaced by a newer message of its coalescing key before it ran. */
        COALESCED,
        /** Refused at submit: a coalescing best-effort type over the bound with no pending message to replace. */
        DROPPED,
        /**
         * Refused at submit: a critical message and the room's critical queue stayed full for the whole offer timeout.
         * The message was not accepted; the caller still owns it and should retry.
         */
        BACKPRESSURE,
        /** Refused at submit: the room or the runtime is closing or closed. */
        CLOSED
    }
}
