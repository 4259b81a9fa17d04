package dev.banter.api.spi;

import dev.banter.api.action.Action;
import dev.banter.api.room.RoomId;
import java.util.Objects;

/**
 * An action on its way to the host, with where it came from.
 *
 * @param room the room the action is for
 * @param sequence the action's position among the room's actions since the room opened, from 1; a sink can use it to
 *     ignore a retried action it already carried out
 * @param handlerId the handler that emitted it
 * @param messageId the message being handled when it was emitted
 * @param action the action
 * @since 0.1
 */
public record ActionEnvelope(RoomId room, long sequence, String handlerId, String messageId, Action action) {

    public ActionEnvelope {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(handlerId, "handlerId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(action, "action");
    }
}
