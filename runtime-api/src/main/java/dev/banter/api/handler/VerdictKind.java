package dev.banter.api.handler;

/**
 * What happened at one step of a chain, as recorded in the trace.
 *
 * @since 0.1
 */
public enum VerdictKind {
    PASS,
    MODIFY,
    REJECT,
    STOP,
    /** The handler failed; {@link TraceEntry#failure()} says how and its {@link FailurePolicy} decided the rest. */
    FAILED
}
