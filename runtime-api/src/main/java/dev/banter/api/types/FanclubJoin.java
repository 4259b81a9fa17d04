package dev.banter.api.types;

import dev.banter.api.message.Payload;

/**
 * The payload of {@code fanclub.join}: a user joined the room's fan club.
 *
 * @param months the membership length bought, in months (1 when absent)
 * @since 0.1
 */
public record FanclubJoin(long months) implements Payload {}
