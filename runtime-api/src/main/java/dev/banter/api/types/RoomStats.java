package dev.banter.api.types;

import dev.banter.api.message.Payload;

/**
 * The payload of {@code room.stats}: periodic room statistics.
 *
 * @param viewers viewers now
 * @param followers followers
 * @param tokensToday tokens tipped today
 * @since 0.1
 */
public record RoomStats(long viewers, long followers, long tokensToday) implements Payload {}
