package dev.banter.benchmarks;

import dev.banter.api.BanterRuntime;
import dev.banter.api.ExtensionException;
import dev.banter.api.handler.Outcome;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.SandboxListener;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.examples.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Banter end to end for one workload: a runtime with {@code lanes} lanes, the graal sandbox, {@code rooms} rooms and
 * one instance of the workload's port in each, with the given limits (the defaults unless a test says otherwise).
 * Message {@code i} of a corpus goes to room {@code i % rooms}, submitted through that room's handle
 * ({@link Room#submit}).
 */
final class BanterRooms implements AutoCloseable {

    static final int IN_FLIGHT_PER_ROOM = 512;

    private final BanterRuntime runtime;
    private final Sandbox sandbox;
    private final RoomId[] rooms;
    /** The rooms' handles, by index: the messages go in through them, as a host that keeps its rooms' handles does. */
    private final Room[] handles;

    private String[] ids = new String[0];
    private int loadRetries;
    private final List<ExtensionInstance> instances = new ArrayList<>();
    private final AtomicLong violations = new AtomicLong();
    private final InMemoryStateStore store = new InMemoryStateStore();
    private CompletableFuture<?>[] pending = new CompletableFuture<?>[0];

    BanterRooms(Workloads workload, int roomCount, int lanes, SandboxLimits limits) {
        runtime = BanterRuntime.newBuilder().lanes(lanes).actionSink(e -> {}).build();
        SandboxListener listener = new SandboxListener() {
            @Override
            public void violation(LimitViolation violation) {
                violations.incrementAndGet();
            }
        };
        sandbox = SandboxProvider.load("graal")
                .create(SandboxConfig.of(lanes)
                        .withMaxima(limits)
                        .withListener(listener)
                        .withTypes(runtime.types().types()));
        rooms = new RoomId[roomCount];
        handles = new Room[roomCount];
        for (int r = 0; r < roomCount; r++) {
            Room room = runtime.openRoom(RoomId.of("room-" + r));
            rooms[r] = room.id();
            handles[r] = room;
            ExtensionInstance instance = instantiate(
                    InstanceSpec.of(workload.source(), room.id(), room.lane(), store, workload.permissions())
                            .withLimits(limits));
            instance.installInto(room);
            instances.add(instance);
        }
    }

    /**
     * Makes an instance, trying again (up to twice) if loading broke the load deadline: on a cold JVM on a busy
     * machine, the first load on each lane (new engine, first parse) can take longer than the default 500 ms.
     */
    private ExtensionInstance instantiate(InstanceSpec spec) {
        for (int attempt = 0; ; attempt++) {
            try {
                return sandbox.instantiate(spec);
            } catch (ExtensionException e) {
                if (attempt == 2 || e.kind() != ExtensionException.Kind.LIMIT_EXCEEDED) {
                    throw e;
                }
                loadRetries++;
            }
        }
    }

    /** Loads that were tried again after breaking the load deadline. */
    int loadRetries() {
        return loadRetries;
    }

    ExecutionMode executionMode() {
        return sandbox.executionMode();
    }

    /** Violations the sandbox reported so far. */
    long violations() {
        return violations.get();
    }

    /**
     * Submits every message of the corpus, shifted by {@code shift} ms, and collects every outcome, with at most
     * {@value #IN_FLIGHT_PER_ROOM} messages per room in flight (half the default room queue bound); counts them into
     * {@code counts} if it is not null.
     *
     * @return the number rejected
     */
    int replay(Corpus corpus, long shift, @Nullable Counts counts) {
        int n = corpus.size();
        if (pending.length != n) {
            pending = new CompletableFuture<?>[n];
            ids = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = "m" + i;
            }
        }
        int window = Math.min(n, IN_FLIGHT_PER_ROOM * rooms.length);
        int rejected = 0;
        if (window == n) {
            // Everything fits in flight: submit it all, then wait newest first. The last outcomes complete last, so
            // the submitter blocks about once per lane and then finds the rest done; waiting oldest first would block
            // it again and again, and each time a lane would pay for unparking it (see ChainBenchmark).
            for (int i = 0; i < n; i++) {
                int r = i % rooms.length;
                pending[i] = handles[r]
                        .submit(corpus.get(i).toMessage(ids[i], rooms[r], shift))
                        .toCompletableFuture();
            }
            for (int i = n - 1; i >= 0; i--) {
                rejected += collect(i, counts);
            }
            return rejected;
        }
        for (int i = 0; i < n + window; i++) {
            if (i >= window) {
                rejected += collect(i - window, counts);
            }
            if (i < n) {
                int r = i % rooms.length;
                pending[i] = handles[r]
                        .submit(corpus.get(i).toMessage(ids[i], rooms[r], shift))
                        .toCompletableFuture();
            }
        }
        return rejected;
    }

    private int collect(int i, @Nullable Counts counts) {
        Outcome outcome = (Outcome) pending[i].join();
        pending[i] = null;
        if (counts != null) {
            counts.outcome(outcome);
        }
        if (outcome.status() == Outcome.Status.REJECTED) {
            return 1;
        }
        if (outcome.status() != Outcome.Status.DELIVERED) {
            throw new IllegalStateException("message " + i + " was " + outcome.status() + ": " + outcome.reason());
        }
        return 0;
    }

    @Override
    public void close() {
        runtime.close();
        sandbox.close();
    }
}
