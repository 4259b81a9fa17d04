package dev.banter.core.internal.lanes;

/**
 * 128 bytes between the consumer's end of a {@link TaskQueue} and the producers' end. Without them both would share
 * a cache line, and each offer would take the line from the lane and each poll take it back; 128 bytes, as
 * processors that fetch lines in adjacent pairs need.
 */
@SuppressWarnings("unused")
abstract class TaskQueuePadding extends TaskQueueHead {
    long p00, p01, p02, p03, p04, p05, p06, p07;
    long p08, p09, p10, p11, p12, p13, p14, p15;
}
