package dev.banter.core.internal.lanes;

import dev.banter.api.room.RoomId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fixed set of lanes. A room is pinned to one for its whole life: a room given a lane of its own gets the next
 * one in order, every other room one of the lanes left, by the hash of its id.
 */
public final class LanePool {

    private final Lane[] lanes;
    private final Map<RoomId, Integer> dedicated;
    private final int[] shared;

    public LanePool(int count, String namePrefix) {
        this(count, namePrefix, List.of());
    }

    /**
     * Starts {@code count} lanes; the rooms in {@code dedicated} get lanes 0, 1, .. in that order.
     *
     * @throws IllegalArgumentException if {@code count} is under 1, or not over the number of dedicated rooms
     */
    public LanePool(int count, String namePrefix, List<RoomId> dedicated) {
        if (count < 1) {
            throw new IllegalArgumentException("lanes must be >= 1, was " + count);
        }
        if (dedicated.size() >= count) {
            throw new IllegalArgumentException(
                    dedicated.size() + " dedicated rooms need more than " + count + " lanes: " + dedicated);
        }
        Map<RoomId, Integer> own = new HashMap<>();
        for (RoomId room : dedicated) {
            own.putIfAbsent(room, own.size());
        }
        this.dedicated = Map.copyOf(own);
        this.shared = new int[count - own.size()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = own.size() + i;
        }
        lanes = new Lane[count];
        for (int i = 0; i < count; i++) {
            lanes[i] = new Lane(i, namePrefix);
        }
        for (Lane lane : lanes) {
            lane.start();
        }
    }

    public int size() {
        return lanes.length;
    }

    public Lane get(int index) {
        return lanes[index];
    }

    /** The lane a room is pinned to. */
    public Lane laneFor(RoomId room) {
        Integer own = dedicated.get(room);
        if (own != null) {
            return lanes[own];
        }
        int h = room.value().hashCode();
        h ^= h >>> 16; // spread: slugs often differ only in their last chars
        return lanes[shared[Math.floorMod(h, shared.length)]];
    }

    /** Stops every lane after it has run its queued tasks, waiting up to {@code timeout} in all. */
    public void shutdown(long timeout, TimeUnit unit) {
        for (Lane lane : lanes) {
            lane.stop();
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Lane lane : lanes) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                lane.join(Math.max(1, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
