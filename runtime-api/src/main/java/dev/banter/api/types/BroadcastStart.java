package dev.banter.api.types;

import dev.banter.api.message.Payload;

/**
 * The payload of {@code broadcast.start}: the owner started broadcasting.
 *
 * @since 0.1
 */
public record BroadcastStart() implements Payload {

    /** The one instance. */
    public static final BroadcastStart INSTANCE = new BroadcastStart();
}
