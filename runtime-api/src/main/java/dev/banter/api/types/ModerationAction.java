package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code moderation.action}: a moderation action was taken in the room, by staff or by an extension.
 *
 * @param action what was done
 * @param target the user it was done to
 * @param reason why
 * @param durationSeconds for a mute, how long; 0 otherwise
 * @since 0.1
 */
public record ModerationAction(String action, String target, String reason, long durationSeconds) implements Payload {

    public ModerationAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
    }
}
