package dev.banter.core.internal.timers;

import dev.banter.api.handler.FailurePolicy;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Slot;
import dev.banter.api.handler.Stage;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.TimeSource;
import dev.banter.api.types.BuiltinTypes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the rooms of one runtime share for timers: the time source, the store, the limits, and the rooms' timer tables
 * by id, which the broadcast observer looks up.
 *
 * <p>Going offline and online is seen by an engine observer of {@code broadcast.stop} and {@code broadcast.start}
 * among the host observers, so the router keeps every other message away from timer code.
 */
public final class TimerService {

    /** The id of the engine's broadcast observer; host handlers cannot take it. */
    public static final String OBSERVER_ID = "banter.timers";

    private final TimeSource time;
    private final StateStore store;
    private final int maxPerHandler;
    private final long minIntervalMillis;
    private final ConcurrentHashMap<RoomId, RoomTimers> rooms = new ConcurrentHashMap<>();

    public TimerService(TimeSource time, StateStore store, int maxPerHandler, long minIntervalMillis) {
        this.time = time;
        this.store = store;
        this.maxPerHandler = maxPerHandler;
        this.minIntervalMillis = minIntervalMillis;
    }

    TimeSource time() {
        return time;
    }

    StateStore store() {
        return store;
    }

    int maxPerHandler() {
        return maxPerHandler;
    }

    long minIntervalMillis() {
        return minIntervalMillis;
    }

    void register(RoomTimers timers) {
        rooms.put(timers.room(), timers);
    }

    void unregister(RoomTimers timers) {
        rooms.remove(timers.room(), timers);
    }

    /** The observer that pauses a room's timers on {@code broadcast.stop} and resumes them on {@code start}. */
    public HandlerSpec broadcastObserver() {
        return new HandlerSpec(
                OBSERVER_ID,
                (message, ctx) -> {
                    RoomTimers timers = rooms.get(ctx.room());
                    if (timers != null) {
                        timers.broadcast(message.type().name().equals(BuiltinTypes.BROADCAST_START.name()));
                    }
                    return Verdict.pass();
                },
                List.of(
                        Subscription.to(BuiltinTypes.BROADCAST_START.name()),
                        Subscription.to(BuiltinTypes.BROADCAST_STOP.name())),
                Stage.OBSERVE,
                Slot.BOT,
                Set.of(),
                FailurePolicy.FAIL_OPEN);
    }
}
