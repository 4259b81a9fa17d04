package dev.banter.api.types;

import dev.banter.api.message.Payload;

/**
 * The payload of {@code user.unfollow}: a user stopped following the room.
 *
 * @since 0.1
 */
public record Unfollow() implements Payload {

    /** The one instance. */
    public static final Unfollow INSTANCE = new Unfollow();
}
