package dev.banter.core.internal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageCodec;
import dev.banter.api.message.MessageTypeRegistry;
import dev.banter.api.metrics.HandlerMetrics;
import dev.banter.api.metrics.MetricsSnapshot;
import dev.banter.api.metrics.RoomMetrics;
import dev.banter.api.metrics.TypeMetrics;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.core.internal.metrics.HandlerStats;
import dev.banter.core.internal.metrics.LaneMetrics;
import dev.banter.core.internal.metrics.TypeStats;
import dev.banter.core.internal.room.EngineParts;
import dev.banter.core.internal.room.RoomState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine behind {@link BanterRuntime}: a room map over a lane pool. */
final class DefaultBanterRuntime implements BanterRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultBanterRuntime.class);
    private static final long SNAPSHOT_WAIT_MILLIS = 2_000;

    private final EngineParts parts;
    private final ConcurrentHashMap<RoomId, RoomState> rooms = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean accepting = true;

    DefaultBanterRuntime(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public CompletionStage<Outcome> submit(Message message) {
        parts.checkSubmitted(message);
        if (!accepting) {
            return CompletableFuture.completedFuture(
                    Outcome.refused(Outcome.Status.CLOSED, message, "the runtime is closed"));
        }
        RoomState room = rooms.get(message.room());
        if (room == null) {
            room = open(message.room());
            if (room == null) {
                return CompletableFuture.completedFuture(
                        Outcome.refused(Outcome.Status.CLOSED, message, "the runtime is closed"));
            }
        }
        return room.offer(message);
    }

    private RoomState open(RoomId id) {
        if (!accepting) {
            return null;
        }
        return rooms.computeIfAbsent(id, k -> new RoomState(k, parts, r -> rooms.remove(r.id(), r)));
    }

    @Override
    public Room openRoom(RoomId id) {
        RoomState room = open(id);
        if (room == null) {
            throw new IllegalStateException("the runtime is closed; cannot open room " + id);
        }
        return room;
    }

    @Override
    public Optional<Room> room(RoomId id) {
        return Optional.ofNullable(rooms.get(id));
    }

    @Override
    public Set<RoomId> rooms() {
        return Set.copyOf(rooms.keySet());
    }

    @Override
    public MessageTypeRegistry types() {
        return parts.registry();
    }

    @Override
    public MessageCodec codec() {
        return parts.codec();
    }

    @Override
    public int lanes() {
        return parts.lanes().size();
    }

    @Override
    public MetricsSnapshot metrics() {
        int n = parts.lanes().size();
        List<List<RoomState>> roomsByLane = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            roomsByLane.add(new ArrayList<>());
        }
        for (RoomState room : rooms.values()) {
            roomsByLane.get(room.lane()).add(room);
        }
        List<CompletableFuture<LaneCopy>> copies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int lane = i;
            CompletableFuture<LaneCopy> f = new CompletableFuture<>();
            parts.lanes().get(i).execute(() -> f.complete(copyLane(lane, roomsByLane.get(lane))));
            copies.add(f);
        }
        Map<RoomId, RoomMetrics> roomMetrics = new HashMap<>();
        Map<String, List<HandlerStats>> handlers = new HashMap<>();
        Map<String, List<TypeStats>> types = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SNAPSHOT_WAIT_MILLIS);
        for (CompletableFuture<LaneCopy> f : copies) {
            LaneCopy copy;
            try {
                copy = f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                LOG.warn("a lane did not answer the metrics snapshot within {} ms", SNAPSHOT_WAIT_MILLIS);
                continue;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                continue;
            }
            roomMetrics.putAll(copy.rooms());
            copy.lane()
                    .handlers()
                    .forEach((k, v) ->
                            handlers.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            copy.lane()
                    .types()
                    .forEach((k, v) ->
                            types.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        Map<String, HandlerMetrics> handlerMetrics = new HashMap<>();
        handlers.forEach((k, v) -> handlerMetrics.put(k, HandlerStats.merge(v)));
        Map<String, TypeMetrics> typeMetrics = new HashMap<>();
        types.forEach((k, v) -> typeMetrics.put(k, TypeStats.merge(v)));
        return new MetricsSnapshot(parts.clock().instant(), roomMetrics, handlerMetrics, typeMetrics);
    }

    private LaneCopy copyLane(int lane, List<RoomState> laneRooms) {
        LaneMetrics.Copy copy = parts.laneMetrics()[lane].copy();
        Map<RoomId, RoomMetrics> byRoom = new HashMap<>();
        for (RoomState room : laneRooms) {
            byRoom.put(room.id(), room.metricsOnLane());
        }
        return new LaneCopy(copy, byRoom);
    }

    private record LaneCopy(LaneMetrics.Copy lane, Map<RoomId, RoomMetrics> rooms) {}

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        accepting = false;
        try {
            // A submit that raced past the accepting check may still open a room: close until none is left.
            while (!rooms.isEmpty()) {
                List<CompletableFuture<Void>> closing = new ArrayList<>();
                for (RoomState room : rooms.values()) {
                    closing.add(room.close().toCompletableFuture());
                }
                CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0]))
                        .join();
            }
        } finally {
            parts.lanes().shutdown(10, TimeUnit.SECONDS);
            parts.timer().shutdownNow();
        }
    }
}
