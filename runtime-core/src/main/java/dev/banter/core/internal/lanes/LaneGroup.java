package dev.banter.core.internal.lanes;

import org.jspecify.annotations.Nullable;

/**
 * Tasks that must run in the order they were queued, one at a time: one room's. A lane may run the tasks of
 * different groups in another order than they were queued in, never those of one group; see {@link Lane}.
 *
 * <p>The fields are the lane's scratch space while it sorts its backlog into turns; only the lane touches them.
 */
public abstract class LaneGroup {

    @Nullable
    LaneTask turnFirst;

    @Nullable
    LaneTask turnLast;

    @Nullable
    LaneGroup nextInLine;
}
