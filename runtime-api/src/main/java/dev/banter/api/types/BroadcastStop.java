package dev.banter.api.types;

import dev.banter.api.message.Payload;

/**
 * The payload of {@code broadcast.stop}: the owner stopped broadcasting.
 *
 * @since 0.1
 */
public record BroadcastStop() implements Payload {

    /** The one instance. */
    public static final BroadcastStop INSTANCE = new BroadcastStop();
}
