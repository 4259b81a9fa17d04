package dev.banter.api.types;

import dev.banter.api.message.Payload;

/**
 * The payload of {@code user.enter}: a user entered the room.
 *
 * @since 0.1
 */
public record UserEnter() implements Payload {

    /** The one instance. */
    public static final UserEnter INSTANCE = new UserEnter();
}
