package dev.banter.core.internal.room;

import dev.banter.api.handler.Outcome;
import dev.banter.core.internal.lanes.LaneTask;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A queue position held by the newest message of one coalescing key. Submitters swap newer messages in; the lane takes
 * the slot's message when the position comes up. Once taken, a slot is dead and a newer message needs a new one.
 */
final class CoalesceSlot extends LaneTask {

    final Object key;
    private final RoomState room;
    private final AtomicReference<@Nullable Pending> current;

    CoalesceSlot(RoomState room, Object key, Pending first) {
        super(room);
        this.room = room;
        this.key = key;
        this.current = new AtomicReference<>(first);
    }

    /** Puts {@code newer} in place of the pending message; false if the lane took the slot already. */
    boolean replace(Pending newer) {
        while (true) {
            Pending old = current.get();
            if (old == null) {
                return false;
            }
            if (current.compareAndSet(old, newer)) {
                old.future.complete(Outcome.refused(
                        Outcome.Status.COALESCED,
                        old.message,
                        "replaced by newer " + old.message.type().name()));
                return true;
            }
        }
    }

    @Override
    public void run() {
        room.takeSlot(this);
    }

    @Nullable
    Pending take() {
        return current.getAndSet(null);
    }
}
