package dev.banter.core.extension;

/**
 * Counters of instance parking in one {@link DefaultRoomExtensions}.
 *
 * @param parked how many times an instance was parked, since the lifecycle was built
 * @param resumed how many times a parked instance was re-created by a message
 * @param parkedNow running instances that are parked now
 * @param running instances the lifecycle runs now, parked or not
 * @since 0.3
 */
public record ParkingStats(long parked, long resumed, int parkedNow, int running) {}
