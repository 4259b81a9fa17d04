package dev.banter.core.internal.lanes;

/** The consumer's end of a {@link TaskQueue}: its fields come first in a queue's memory. */
abstract class TaskQueueHead {

    /** Consumer-confined. */
    LaneTask head;
}
