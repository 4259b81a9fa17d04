package dev.banter.core.extension;

import dev.banter.api.room.Room;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.spi.TimeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows the instances a lifecycle runs and, given a {@link Parking}, parks the idle ones in a sweep on the time
 * source. The sweep decides off the lanes from a snapshot and parks on each room's lane, and only an instance that
 * has had no message since the snapshot, so a message that arrives in between keeps its instance alive.
 * Thread-safe: the lifecycle tracks under its lock, the sweep runs on the time source's thread.
 */
final class InstanceParker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceParker.class);

    /** A running instance: its room, and when the lifecycle started it (epoch ms; it counts as activity). */
    private record Running(Room room, long sinceMillis) {}

    /** An instance chosen in a sweep, with the last event it had then. */
    private record Candidate(ExtensionInstance instance, long lastEventMillis) {}

    private final @Nullable Parking parking;
    private final Map<ExtensionInstance, Running> running = new ConcurrentHashMap<>();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong retiredResumes = new AtomicLong();
    private volatile TimeSource.@Nullable Alarm alarm;
    private volatile boolean closed;

    InstanceParker(@Nullable Parking parking) {
        this.parking = parking;
    }

    /** Starts the sweeps, if parking is configured. */
    void start() {
        schedule();
    }

    void track(ExtensionInstance instance, Room room) {
        long since = parking == null ? 0 : parking.time().now().toEpochMilli();
        running.put(instance, new Running(room, since));
    }

    /** Forgets an instance that the lifecycle closed, keeping its resume count in the totals. */
    void forget(ExtensionInstance instance) {
        if (running.remove(instance) != null) {
            retiredResumes.addAndGet(instance.resumes());
        }
    }

    ParkingStats stats() {
        long resumed = retiredResumes.get();
        int parkedNow = 0;
        for (ExtensionInstance instance : running.keySet()) {
            resumed += instance.resumes();
            parkedNow += instance.parked() ? 1 : 0;
        }
        return new ParkingStats(parked.get(), resumed, parkedNow, running.size());
    }

    private void schedule() {
        Parking p = parking;
        if (p == null || closed) {
            return;
        }
        try {
            alarm = p.time().wakeAt(p.time().now().plus(p.checkEvery()), this::sweep);
        } catch (RuntimeException e) {
            LOG.warn("could not schedule the next parking sweep; instances are no longer parked", e);
        }
    }

    /** Parks what is idle or over the cap, then schedules the next sweep; never fails. */
    CompletionStage<?> sweep() {
        Parking p = parking;
        if (p == null || closed) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<?>> done = new ArrayList<>();
        try {
            long cutoff = p.time().now().toEpochMilli() - p.idle().toMillis();
            Map<Room, List<Candidate>> byRoom = new HashMap<>();
            List<Map.Entry<ExtensionInstance, Running>> live = new ArrayList<>();
            for (Map.Entry<ExtensionInstance, Running> e : running.entrySet()) {
                if (e.getKey().parked()) {
                    continue;
                }
                if (lastActive(e) < cutoff) {
                    choose(byRoom, e);
                } else {
                    live.add(e);
                }
            }
            int over = live.size() - p.maxLive();
            if (over > 0) {
                live.sort(Comparator.comparingLong(InstanceParker::lastActive));
                for (int i = 0; i < over; i++) {
                    choose(byRoom, live.get(i));
                }
            }
            for (Map.Entry<Room, List<Candidate>> e : byRoom.entrySet()) {
                done.add(e.getKey().onLane(() -> park(e.getValue())).toCompletableFuture());
            }
        } catch (RuntimeException e) {
            LOG.warn("a parking sweep failed", e);
        }
        return CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).handle((ok, failure) -> {
            if (failure != null) {
                LOG.warn("parking instances failed", failure);
            }
            schedule();
            return null;
        });
    }

    private static void choose(Map<Room, List<Candidate>> byRoom, Map.Entry<ExtensionInstance, Running> e) {
        byRoom.computeIfAbsent(e.getValue().room(), r -> new ArrayList<>())
                .add(new Candidate(e.getKey(), e.getKey().lastEventMillis()));
    }

    /** On the room's lane: parks each candidate that has had no message since it was chosen. */
    private @Nullable Void park(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (running.containsKey(c.instance())
                    && c.instance().lastEventMillis() == c.lastEventMillis()
                    && c.instance().park()) {
                parked.incrementAndGet();
            }
        }
        return null;
    }

    private static long lastActive(Map.Entry<ExtensionInstance, Running> e) {
        return Math.max(e.getKey().lastEventMillis(), e.getValue().sinceMillis());
    }

    /** Stops the sweeps; instances stay as they are. */
    @Override
    public void close() {
        closed = true;
        TimeSource.Alarm a = alarm;
        if (a != null) {
            a.cancel();
        }
    }
}
