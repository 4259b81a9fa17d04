package dev.banter.api.handler;

import dev.banter.api.message.Message;

/**
 * Decides about, or reacts to, messages in a room.
 *
 * <p>A handler is called on its room's lane thread, one message at a time per room; the same handler instance may be
 * called for different rooms on different lanes at once, so shared state must be thread-safe. It sees the chain only
 * through its {@link HandlerContext}, which is valid during the call only.
 *
 * <p>Whatever a handler throws is contained: it becomes a {@link VerdictKind#FAILED} step in the trace, the handler's
 * {@link FailurePolicy} decides what the message does next, and no other handler or room is affected.
 *
 * {@snippet :
 * Handler noLinks = (message, ctx) -> ctx.routing().has("link")
 *         ? Verdict.reject("links are not allowed")
 *         : Verdict.pass();
 * }
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Handler {

    /**
     * Handles one message.
     *
     * @param message the message as the previous handler left it
     * @param context this call's view of the chain
     * @return the verdict; an observer's is recorded and ignored. Null counts as a contract violation.
     * @throws Exception anything; see the class documentation
     */
    Verdict handle(Message message, HandlerContext context) throws Exception;
}
