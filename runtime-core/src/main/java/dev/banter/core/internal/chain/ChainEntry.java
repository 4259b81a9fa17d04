package dev.banter.core.internal.chain;

import dev.banter.api.action.Permission;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.core.internal.metrics.HandlerStats;
import dev.banter.core.internal.metrics.LaneMetrics;

/** A handler as the chain runs it: its spec, a permission bit mask, and per-lane counters. */
public final class ChainEntry {

    final HandlerSpec spec;
    final long permissionMask;
    private final HandlerStats[] statsByLane;

    public ChainEntry(HandlerSpec spec, int lanes) {
        this.spec = spec;
        long mask = 0;
        for (Permission p : spec.permissions()) {
            mask |= 1L << p.ordinal();
        }
        this.permissionMask = mask;
        this.statsByLane = new HandlerStats[lanes];
    }

    public HandlerSpec spec() {
        return spec;
    }

    boolean permits(Permission permission) {
        return (permissionMask & (1L << permission.ordinal())) != 0;
    }

    /** This handler's counters on the calling lane; each lane writes only its own slot. */
    HandlerStats stats(int lane, LaneMetrics metrics) {
        HandlerStats s = statsByLane[lane];
        if (s == null) {
            s = metrics.handler(spec.id());
            statsByLane[lane] = s;
        }
        return s;
    }
}
