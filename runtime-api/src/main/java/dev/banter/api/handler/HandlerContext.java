package dev.banter.api.handler;

import dev.banter.api.action.Action;
import dev.banter.api.action.Notice;
import dev.banter.api.action.Permission;
import dev.banter.api.room.RoomId;
import java.time.Instant;
import java.util.Set;

/**
 * A handler's only door to the chain, valid for the duration of one {@link Handler#handle} call.
 *
 * <p>Actions emitted here are checked against the handler's granted permissions at once, and handed to the host's
 * {@link dev.banter.api.spi.ActionSink} in emission order per room after the message has been through its chain. An
 * emitted action is not undone by a later reject: a spam filter may ban and reject in one call.
 *
 * @since 0.1
 */
public interface HandlerContext {

    /** The id of the handler being called. */
    String handlerId();

    /** The room the message is in. */
    RoomId room();

    /** The stage this call runs in. */
    Stage stage();

    /** What the router found in the message. */
    Routing routing();

    /** The permissions this handler was granted. */
    Set<Permission> permissions();

    /** The runtime clock's current time. */
    Instant now();

    /**
     * Emits an action.
     *
     * @throws SecurityException if the handler lacks the action's {@link Action#permission()}; the denial is counted
     * @throws IllegalStateException if called after the handler returned
     */
    void emit(Action action);

    /**
     * Emits a notice to everyone in the room.
     *
     * @throws SecurityException if the handler lacks {@link Permission#NOTICE}
     */
    default void notice(String text) {
        emit(Notice.toAll(text));
    }
}
