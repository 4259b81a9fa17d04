package dev.banter.core.internal.room;

import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.core.internal.lanes.LaneTask;
import java.util.concurrent.CompletableFuture;

/** An accepted message waiting for its lane, with the stage its submitter holds. */
final class Pending extends LaneTask {

    final Message message;
    final CompletableFuture<Outcome> future = new CompletableFuture<>();
    final long submittedNanos = System.nanoTime();
    /** Whether this message holds one of its room's critical permits. */
    final boolean holdsPermit;

    private final RoomState room;

    Pending(RoomState room, Message message, boolean holdsPermit) {
        super(room);
        this.room = room;
        this.message = message;
        this.holdsPermit = holdsPermit;
    }

    @Override
    public void run() {
        room.process(this);
    }
}
