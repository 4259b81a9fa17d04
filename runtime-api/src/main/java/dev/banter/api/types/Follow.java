package dev.banter.api.types;

import dev.banter.api.message.Payload;

/**
 * The payload of {@code user.follow}: a user followed the room.
 *
 * @since 0.1
 */
public record Follow() implements Payload {

    /** The one instance. */
    public static final Follow INSTANCE = new Follow();
}
