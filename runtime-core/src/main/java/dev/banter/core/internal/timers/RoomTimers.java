package dev.banter.core.internal.timers;

import dev.banter.api.action.Action;
import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.TimeSource;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.TimerFired;
import dev.banter.core.internal.metrics.RoomCounters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One room's timers, by owner and label. Lane-confined: every method but the wakeup callback runs on the room's lane,
 * so none of it is synchronized. At most one wakeup is pending, at the earliest due time.
 *
 * <p>Stored in the runtime's {@link StateStore}: each owner's timers in scope {@code ("timers:" + owner, room)}, one
 * key per label; the room's broadcast state in scope {@code ("timers:", room)}. Neither can meet an extension's kv
 * scope, whose owner has no colon. A store that fails (a {@link dev.banter.api.spi.StateStoreException}, or one closed
 * under the runtime) is logged, and the timers go on in memory: timer code never throws into the room's lane.
 */
public final class RoomTimers {

    private static final Logger LOG = LoggerFactory.getLogger(RoomTimers.class);
    private static final Comparator<Timer> DUE_ORDER =
            Comparator.comparingLong((Timer t) -> t.due).thenComparingLong(t -> t.order);

    /** Runs a timer message through its owner's handlers, on the lane. */
    @FunctionalInterface
    public interface Delivery {
        void deliver(String owner, Message message);
    }

    private final RoomId room;
    /** Runs tasks on the room's lane, in order with its events. */
    private final Executor lane;

    private final TimerService service;
    private final RoomCounters counters;
    private final UnaryOperator<String> ownerOf;
    private final Delivery delivery;
    private final Map<String, Map<String, Timer>> byOwner = new HashMap<>();
    private final StateScope roomScope;
    private @Nullable Boolean offline;
    private long order;
    private long armedAt = Long.MAX_VALUE;
    private long generation;
    private TimeSource.@Nullable Alarm alarm;
    private volatile boolean closed;

    /**
     * @param ownerOf the owner of a handler's timers: the first handler id in the room's chain with the same handler
     *     object
     */
    public RoomTimers(
            RoomId room,
            Executor lane,
            TimerService service,
            RoomCounters counters,
            UnaryOperator<String> ownerOf,
            Delivery delivery) {
        this.room = room;
        this.lane = lane;
        this.service = service;
        this.counters = counters;
        this.ownerOf = ownerOf;
        this.delivery = delivery;
        this.roomScope = new StateScope("timers:", room);
        service.register(this);
    }

    RoomId room() {
        return room;
    }

    /** Loads an owner's stored timers and arms them, unless they are loaded already. */
    public void restore(String owner) {
        if (closed || byOwner.containsKey(owner)) {
            return;
        }
        Map<String, Timer> timers = new HashMap<>();
        byOwner.put(owner, timers);
        StateStore store = service.store();
        StateScope scope = scope(owner);
        long now = now();
        boolean offlineNow = isOffline();
        try {
            for (String label : store.keys(scope)) {
                String json = store.get(scope, label).orElse(null);
                if (json == null) {
                    continue;
                }
                Timer t;
                try {
                    t = Timer.fromJson(owner, label, json);
                } catch (IllegalArgumentException e) {
                    LOG.error("room {}: dropping stored timer '{}' of '{}': {}", room, label, owner, e.getMessage());
                    store.delete(scope, label);
                    continue;
                }
                if (offlineNow) {
                    t.pause(now);
                } else if (!t.running()) {
                    t.resume(now);
                } else if (t.due <= now) {
                    t.late = true;
                }
                order = Math.max(order, t.order + 1); // later schedules come after the stored ones
                timers.put(label, t);
            }
        } catch (RuntimeException e) {
            LOG.error("room {}: could not restore the timers of '{}'", room, owner, e);
        }
        arm();
    }

    /** Stops an owner's timers, keeping them stored for its next install. */
    public void forget(String owner) {
        byOwner.remove(owner);
    }

    /**
     * Applies a timer action emitted by a handler.
     *
     * @return whether it was applied and goes on to the sink; a schedule past the limits is refused and counted
     */
    public boolean apply(String handlerId, Action action) {
        String owner = ownerOf.apply(handlerId);
        restore(owner);
        Map<String, Timer> timers = byOwner.get(owner);
        if (timers == null) {
            return false; // closed
        }
        if (action instanceof CancelTimer cancel) {
            timers.remove(cancel.label());
            delete(owner, cancel.label());
            return true;
        }
        ScheduleTimer schedule = (ScheduleTimer) action;
        String refusal = refusal(timers, schedule);
        if (refusal != null) {
            counters.timersRefused++;
            LOG.warn("room {}: handler '{}' may not schedule timer '{}': {}", room, owner, schedule.label(), refusal);
            return false;
        }
        long now = now();
        Timer t = new Timer(
                owner,
                schedule.label(),
                schedule.repeat().toMillis(),
                now + schedule.delay().toMillis(),
                order++);
        if (isOffline()) {
            t.pause(now);
        }
        timers.put(t.label, t);
        store(t);
        arm();
        return true;
    }

    private @Nullable String refusal(Map<String, Timer> timers, ScheduleTimer schedule) {
        long min = service.minIntervalMillis();
        long delay = schedule.delay().toMillis();
        long repeat = schedule.repeat().toMillis();
        if (delay < min) {
            return "delay " + delay + " ms is under the minimum interval of " + min + " ms";
        }
        if (repeat != 0 && repeat < min) {
            return "repeat " + repeat + " ms is under the minimum interval of " + min + " ms";
        }
        if (!timers.containsKey(schedule.label()) && timers.size() >= service.maxPerHandler()) {
            return timers.size() + " timers are scheduled already, the maximum per handler";
        }
        return null;
    }

    /** Pauses every timer when the broadcast goes offline, resumes them with the time they had left when it starts. */
    public void broadcast(boolean online) {
        if (closed || isOffline() == !online) {
            return;
        }
        offline = !online;
        try {
            if (online) {
                service.store().delete(roomScope, "offline");
            } else {
                service.store().put(roomScope, "offline", "true");
            }
        } catch (RuntimeException e) {
            LOG.error("room {}: could not store the broadcast state", room, e);
        }
        long now = now();
        for (Map<String, Timer> timers : byOwner.values()) {
            for (Timer t : timers.values()) {
                if (online) {
                    t.resume(now);
                } else {
                    t.pause(now);
                }
                store(t);
            }
        }
        if (online) {
            arm();
        } else {
            disarm();
        }
    }

    /** Stops every timer of the room, keeping them stored. */
    public void close() {
        closed = true;
        disarm();
        byOwner.clear();
        service.unregister(this);
    }

    // ---- firing ---------------------------------------------------------------------------------------------------

    private void wake(long gen) {
        if (gen == generation) {
            alarm = null;
            armedAt = Long.MAX_VALUE;
        }
        if (closed) {
            return;
        }
        fireDue();
        arm();
    }

    private void fireDue() {
        long now = now();
        List<Timer> due = new ArrayList<>();
        for (Map<String, Timer> timers : byOwner.values()) {
            for (Timer t : timers.values()) {
                if (t.running() && t.due <= now) {
                    due.add(t);
                }
            }
        }
        due.sort(DUE_ORDER);
        for (Timer t : due) {
            Map<String, Timer> timers = byOwner.get(t.owner);
            // an earlier firing's handler may have cancelled or replaced it, or the broadcast may have stopped
            if (timers != null && timers.get(t.label) == t && t.running()) {
                fire(t, timers, now);
            }
        }
    }

    private void fire(Timer t, Map<String, Timer> timers, long now) {
        long skipped = t.repeat > 0 ? (now - t.due) / t.repeat : 0;
        boolean late = t.late || skipped > 0;
        t.late = false;
        t.firings++;
        TimerFired payload = new TimerFired(t.label, t.owner, t.firings, skipped, late);
        if (t.repeat > 0) {
            t.due += (skipped + 1) * t.repeat; // fixed rate: back on the grid, after now
        } else {
            timers.remove(t.label);
        }
        counters.timersFired++;
        counters.timerPeriodsSkipped += skipped;
        Message message = new Message(
                "timer-" + t.firings + "-" + UUID.randomUUID(),
                BuiltinTypes.TIMER,
                room,
                User.system(),
                Instant.ofEpochMilli(now),
                payload);
        delivery.deliver(t.owner, message);
        // Stored after the handler ran, so a crash in between fires it again on restore rather than never.
        Map<String, Timer> after = byOwner.get(t.owner);
        Timer current = after == null ? null : after.get(t.label);
        if (current == t) {
            store(t);
        } else if (current == null && after != null) {
            delete(t.owner, t.label);
        }
    }

    private void arm() {
        if (closed || isOffline()) {
            return;
        }
        long earliest = Long.MAX_VALUE;
        for (Map<String, Timer> timers : byOwner.values()) {
            for (Timer t : timers.values()) {
                if (t.running() && t.due < earliest) {
                    earliest = t.due;
                }
            }
        }
        if (earliest >= armedAt) {
            return; // the pending wakeup comes first; it arms the next one
        }
        disarm();
        long gen = generation;
        armedAt = earliest;
        // a time already past (a timer restored overdue) wakes at once, or at a virtual clock's next advance
        alarm = service.time().wakeAt(Instant.ofEpochMilli(earliest), () -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            if (closed) {
                done.complete(null);
                return done;
            }
            lane.execute(() -> {
                try {
                    wake(gen);
                } finally {
                    done.complete(null);
                }
            });
            return done;
        });
    }

    private void disarm() {
        generation++;
        armedAt = Long.MAX_VALUE;
        TimeSource.Alarm a = alarm;
        alarm = null;
        if (a != null) {
            a.cancel();
        }
    }

    // ---- storage --------------------------------------------------------------------------------------------------

    private boolean isOffline() {
        Boolean o = offline;
        if (o == null) {
            try {
                o = service.store().get(roomScope, "offline").isPresent();
            } catch (RuntimeException e) {
                LOG.error("room {}: could not read the broadcast state; taking it as online", room, e);
                o = false;
            }
            offline = o;
        }
        return o;
    }

    private void store(Timer t) {
        try {
            service.store().put(scope(t.owner), t.label, t.toJson());
        } catch (RuntimeException e) {
            LOG.error("room {}: could not store timer '{}' of '{}'", room, t.label, t.owner, e);
        }
    }

    private void delete(String owner, String label) {
        try {
            service.store().delete(scope(owner), label);
        } catch (RuntimeException e) {
            LOG.error("room {}: could not delete timer '{}' of '{}'", room, label, owner, e);
        }
    }

    private StateScope scope(String owner) {
        return new StateScope("timers:" + owner, room);
    }

    private long now() {
        return service.time().now().toEpochMilli();
    }
}
