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
}
