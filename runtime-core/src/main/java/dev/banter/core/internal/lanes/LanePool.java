package dev.banter.core.internal.lanes;

import dev.banter.api.room.RoomId;
import java.util.concurrent.TimeUnit;

/** The fixed set of lanes. A room is pinned to one by the hash of its id, for its whole life. */
public final class LanePool {

    private final Lane[] lanes;

    public LanePool(int count, String namePrefix) {
        if (count < 1) {
            throw new IllegalArgumentException("lanes must be >= 1, was " + count);
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
        int h = room.value().hashCode();
        h ^= h >>> 16; // spread: slugs often differ only in their last chars
        return lanes[Math.floorMod(h, lanes.length)];
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
