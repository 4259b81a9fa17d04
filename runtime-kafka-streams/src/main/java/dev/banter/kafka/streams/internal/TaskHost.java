package dev.banter.kafka.streams.internal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.extension.InstalledExtension;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.time.ManualClock;
import dev.banter.kafka.streams.KafkaStateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stream task's Banter: a runtime with one lane, a sandbox, a lifecycle, all over the task's store, on a clock
 * that only the stream thread moves. Every method runs on the stream thread and returns only when the lane has done
 * what it started, so the lane touches the store only while the stream thread waits.
 */
final class TaskHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskHost.class);

    private final String task;
    private final HostSettings settings;
    private final ManualClock clock;
    private final CollectingSink sink = new CollectingSink();
    private final KafkaStateStore state;
    private final BanterRuntime runtime;
    private final Sandbox sandbox;
    private final DefaultRoomExtensions rooms;
    private boolean restored;

    TaskHost(String task, HostSettings settings, KeyValueStore<String, String> store, Instant start) {
        this.task = task;
        this.settings = settings;
        this.clock = ManualClock.startingAt(start);
        this.state = KafkaStateStore.over(store);
        BanterRuntime.Builder builder = BanterRuntime.newBuilder();
        settings.runtime().accept(builder);
        // One lane: the stream thread hands the task one record at a time, so a second lane would only wait.
        this.runtime = builder.lanes(1)
                .timeSource(clock)
                .stateStore(state)
                .actionSink(sink)
                .build();
        this.sandbox = settings.sandbox().apply(runtime);
        this.rooms = DefaultRoomExtensions.newBuilder()
                .runtime(runtime)
                .sandbox(sandbox)
                .catalog(settings.catalog())
                .policy(settings.policy())
                .state(state)
                .build();
    }

    BanterRuntime runtime() {
        return runtime;
    }

    /**
     * Rebuilds the task's rooms from the store the first time it is called: installations, kv, timers (a timer due
     * meanwhile fires now, late). Not in {@code init}, because actions can be produced only from {@code process} and
     * {@code punctuate}.
     */
    void restoreOnce() {
        if (restored) {
            return;
        }
        restored = true;
        long start = System.nanoTime();
        Set<RoomId> restoredRooms = new LinkedHashSet<>();
        for (InstalledExtension e : rooms.restoreAll()) {
            restoredRooms.add(e.room());
        }
        restoredRooms.forEach(this::settle); // the lane restores timers and runs extension.start
        clock.advanceTo(clock.now());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("task {}: rebuilt {} rooms from the store in {} ms", task, restoredRooms.size(), took.toMillis());
        settings.listener().restored(task, restoredRooms.size(), took);
    }

    /** Moves the task's time to {@code target} (never back), firing every timer due up to it. */
    void advanceTo(Instant target) {
        clock.advanceTo(target);
    }

    /** Runs one message through its room and waits for the outcome; its actions are then in {@link #drain()}. */
    Outcome submit(Message message) {
        return runtime.submit(message).toCompletableFuture().join();
    }

    /** Carries out a lifecycle command and waits until the room has handled what it submitted (extension.start). */
    void control(ControlCommand command) {
        try {
            command.apply(rooms);
        } finally {
            settle(command.room());
        }
    }

    /** The actions handed over since the last call, in the rooms' order. */
    List<ActionEnvelope> drain() {
        return sink.drain();
    }

    private void settle(RoomId room) {
        runtime.room(room)
                .ifPresent(r -> r.onLane(() -> null).toCompletableFuture().join());
    }

    @Override
    public void close() {
        rooms.close();
        runtime.close();
        sandbox.close();
        state.close();
        int unsent = sink.drain().size();
        if (unsent > 0) {
            LOG.warn("task {}: {} actions emitted while closing were not produced", task, unsent);
        }
        settings.listener().closed(task, unsent);
    }
}
