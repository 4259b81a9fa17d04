package dev.banter.core.internal.lanes;

import org.jspecify.annotations.Nullable;

/**
 * A task that is its own link in a lane's {@link TaskQueue}, so queueing it allocates nothing.
 *
 * <p>An instance may be queued <b>once</b> in its life: after it ran it may still be the queue's placeholder node,
 * whose link the next producer writes. Code that queues arbitrary runnables goes through {@link Lane#execute}, which
 * wraps each in a fresh task.
 */
public abstract class LaneTask implements Runnable {

    /** The next task in the queue; written by the producer that queues it, read by the lane. */
    volatile @Nullable LaneTask next;

    /** The next task of the same group in the lane's current turn; lane-confined. */
    @Nullable
    LaneTask nextInTurn;

    /** The group whose order this task keeps, or null for a task that keeps its place among all others. */
    final @Nullable LaneGroup group;

    /** A task that keeps its place among all the lane's tasks. */
    protected LaneTask() {
        this(null);
    }

    /** A task of {@code group}: it runs after the group's tasks queued before it, and before those after it. */
    protected LaneTask(@Nullable LaneGroup group) {
        this.group = group;
    }
}
