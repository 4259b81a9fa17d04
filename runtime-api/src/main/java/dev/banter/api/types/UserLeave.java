package dev.banter.api.types;

import dev.banter.api.message.Payload;

/**
 * The payload of {@code user.leave}: a user left the room.
 *
 * @since 0.1
 */
public record UserLeave() implements Payload {

    /** The one instance. */
    public static final UserLeave INSTANCE = new UserLeave();
}
