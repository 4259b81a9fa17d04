package dev.banter.api.handler;

/**
 * What a failed handler means for the message it was handling. A failure is a thrown exception, a contract violation
 * (such as a modified payload that does not fit the schema), or a broken limit.
 *
 * @since 0.1
 */
public enum FailurePolicy {
    /** The failure is recorded in the trace and the chain goes on as if the handler had passed. The default. */
    FAIL_OPEN,
    /** The failure is recorded and the message is rejected, naming the handler in the reason. */
    FAIL_CLOSED
}
