package dev.banter.api.handler;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a message's way through its chain: which handler ran, in which stage, what it decided and how long it
 * took.
 *
 * @param handlerId the handler's id
 * @param stage the stage it ran in
 * @param verdict what it decided, or {@link VerdictKind#FAILED}
 * @param nanos how long the call took
 * @param failure what went wrong, for {@code FAILED}: the exception's class and message
 * @since 0.1
 */
public record TraceEntry(
        String handlerId,
        Stage stage,
        VerdictKind verdict,
        long nanos,
        @Nullable String failure) {

    public TraceEntry {
        Objects.requireNonNull(handlerId, "handlerId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(verdict, "verdict");
    }
}
