package dev.banter.sdk.harness;

import dev.banter.api.BanterRuntime;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.Role;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.spi.StateScope;
import dev.banter.api.types.ChatMessage;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.core.time.ManualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One extension project running in a room of its own, on the production engine: a real {@link BanterRuntime} with
 * one lane, the Graal sandbox, an {@link InMemoryStateStore} and a {@link ManualClock}. The project is submitted to
 * a throwaway file-system catalog, published and installed through {@link DefaultRoomExtensions} with the given
 * settings, so {@code extension.start} runs first, exactly as on a platform.
 *
 * <p>Drive it step by step from one thread; every call returns once the room's lane has handled the step, with
 * what the host saw during it:
 *
 * {@snippet :
 * try (SimulatedRoom room = SimulatedRoom.newBuilder(project).settings(Map.of("goal", 100)).build()) {
 *     StepResult tip = room.send(SimEvent.tip(User.viewer("carol"), 60, "go"));
 *     tip.notices();              // what the extension told the room
 *     room.advance(Duration.ofMinutes(5)); // due timers fire, in order
 *     room.subject();              // the room subject now
 *     room.kv();                   // the extension's kv, key to JSON text
 * }
 * }
 *
 * <p>Not thread-safe: one caller drives a room.
 *
 * @since 0.4
 */
public final class SimulatedRoom implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long WAIT_SECONDS = 60;

    private final ExtensionProject project;
    private final RoomId roomId;
    private final String owner;
    private final ManualClock clock;
    private final InMemoryStateStore store = new InMemoryStateStore();
    private final Recorder recorder = new Recorder();
    private final Path catalogDir;
    private final BanterRuntime runtime;
    private final Sandbox sandbox;
    private final DefaultRoomExtensions rooms;
    private final StepResult start;
    private long sequence;

    private SimulatedRoom(Builder b) {
        this.project = b.project;
        this.owner = b.owner;
        this.roomId = RoomId.of(b.owner);
        this.clock = ManualClock.startingAt(b.start);
        this.catalogDir = tempDir();
        this.runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .timeSource(clock)
                .stateStore(store)
                .actionSink(recorder)
                .build();
        Sandbox created = null;
        DefaultRoomExtensions lifecycle = null;
        try {
            SandboxLimits maxima = b.timing.maxima(b.maxima);
            created = new MeasuredSandbox(
                    SandboxProvider.load("graal")
                            .create(SandboxConfig.of(1)
                                    .withMaxima(maxima)
                                    .withTypes(runtime.types().types())
                                    .withListener(recorder)
                                    .withStatementCounting(b.countStatements)),
                    recorder::invoked);
            FileSystemCatalog catalog = FileSystemCatalog.open(
                    catalogDir, PlatformPolicy.permissive().withMaxima(maxima));
            catalog.submit(b.timing.apply(project.pkg(), b.maxima));
            catalog.publish(project.id(), project.pkg().version());
            StateScope scope = scope();
            b.kv.forEach((key, json) -> store.put(scope, key, json));
            lifecycle = DefaultRoomExtensions.newBuilder()
                    .runtime(runtime)
                    .sandbox(created)
                    .catalog(catalog)
                    .state(store)
                    .build();
            lifecycle.install(
                    InstallRequest.of(roomId, project.id(), project.pkg().version(), owner)
                            .withSettings(b.settings));
            settle();
        } catch (RuntimeException e) {
            closeAll(lifecycle, created);
            throw e;
        }
        this.sandbox = created;
        this.rooms = lifecycle;
        this.start = recorder.drain(null);
    }

    /** A builder for a room running {@code project}. */
    public static Builder newBuilder(ExtensionProject project) {
        return new Builder(project);
    }

    /** What happened while the extension was installed and started ({@code extension.start}). */
    public StepResult startResult() {
        return start;
    }

    /**
     * Sends one event as the host would, and waits until it and its actions were handled. A user whose name is the
     * room's owner gets the {@code owner} role.
     *
     * @throws dev.banter.api.message.MessageFormatException naming the field and value, if the event is not a valid
     *     message of a registered type
     * @throws IllegalStateException if the room does not answer within 60 s
     */
    public StepResult send(SimEvent event) {
        Objects.requireNonNull(event, "event");
        Message message = runtime.codec().decode(encode(event));
        Outcome outcome = await(runtime.submit(message).toCompletableFuture(), "the outcome of " + event.describe());
        settle();
        return recorder.drain(outcome);
    }

    /**
     * Moves virtual time forward; every timer that falls due fires, in order, before this returns.
     *
     * @throws IllegalArgumentException if {@code by} is negative
     */
    public StepResult advance(Duration by) {
        clock.advance(by);
        settle();
        return recorder.drain(null);
    }

    /** Runs one step: {@link #send} its event or {@link #advance} the clock. */
    public StepResult run(Step step) {
        return switch (step) {
            case Step.Send s -> send(s.event());
            case Step.Advance a -> advance(a.by());
        };
    }

    /** The virtual time now. */
    public Instant now() {
        return clock.now();
    }

    /** The room's id, which is also its owner's name. */
    public RoomId room() {
        return roomId;
    }

    /** The project running here. */
    public ExtensionProject project() {
        return project;
    }

    /** The room subject the extension set last, or null if it set none. */
    public @Nullable String subject() {
        return recorder.subject();
    }

    /** The extension's kv in this room: key to JSON text, keys in order. */
    public Map<String, String> kv() {
        StateScope scope = scope();
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : store.keys(scope)) {
            store.get(scope, key).ifPresent(v -> out.put(key, v));
        }
        return out;
    }

    /** The total size of the extension's kv in chars, as the {@code kv-total} quota counts it. */
    public long kvSize() {
        return store.size(scope());
    }

    /** The limits the platform allows here (the sandbox's maxima, time limits as {@link Timing} scales them). */
    public SandboxLimits maxima() {
        return sandbox.config().maxima();
    }

    /** Whether guest code runs compiled or interpreted in this JVM. */
    public String executionMode() {
        return sandbox.executionMode().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() {
        closeAll(rooms, sandbox);
    }

    private void closeAll(@Nullable DefaultRoomExtensions lifecycle, @Nullable Sandbox box) {
        try {
            if (lifecycle != null) {
                lifecycle.close();
            }
            runtime.close();
            if (box != null) {
                box.close();
            }
            store.close();
        } finally {
            deleteTree(catalogDir);
        }
    }

    private StateScope scope() {
        return new StateScope(project.id(), roomId);
    }

    /** Waits until the room's lane has run everything queued so far (the start message, timer work, actions). */
    private void settle() {
        Room room = runtime.room(roomId).orElseThrow();
        await(room.onLane(() -> Boolean.TRUE).toCompletableFuture(), "the room's lane");
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future, String what) {
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within " + WAIT_SECONDS + " s while waiting for " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        }
    }

    private String encode(SimEvent event) {
        Map<String, Object> sender = new LinkedHashMap<>();
        User user = event.user();
        EnumSet<Role> roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        if (user.name().equals(owner)) {
            roles.add(Role.OWNER);
        }
        List<String> roleNames = new ArrayList<>();
        roles.forEach(r -> roleNames.add(r.wireName()));
        sender.put("name", user.name());
        sender.put("roles", roleNames);
        sender.put("tipper", user.tipper().wireName());
        sender.put("gender", user.gender().wireName());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", "sim-" + (++sequence));
        json.put("type", event.type());
        json.put("room", roomId.value());
        json.put("ts", clock.now().toEpochMilli());
        json.put("sender", sender);
        json.put("payload", event.payload());
        return JSON.writeValueAsString(json);
    }

    static @Nullable String deliveredBody(Outcome outcome) {
        return outcome.delivered() && outcome.message().payload() instanceof ChatMessage chat ? chat.body() : null;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("banter-sim-catalog");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for the simulated room's catalog", e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** Builds a {@link SimulatedRoom}. */
    public static final class Builder {
        private final ExtensionProject project;
        private Map<String, ?> settings = Map.of();
        private String owner = Scenario.DEFAULT_ROOM;
        private Instant start = Scenario.DEFAULT_START;
        private Map<String, String> kv = Map.of();
        private SandboxLimits maxima = SandboxLimits.defaults();
        private Timing timing = Timing.RELAXED;
        private boolean countStatements;

        private Builder(ExtensionProject project) {
            this.project = Objects.requireNonNull(project, "project");
        }

        /** The settings values to install with, checked against the manifest's settings schema; default none. */
        public Builder settings(Map<String, ?> values) {
            this.settings = Map.copyOf(values);
            return this;
        }

        /**
         * The room's id and owner's name; default {@code test-room}.
         *
         * @throws IllegalArgumentException if it is not a valid room id
         */
        public Builder owner(String name) {
            RoomId.of(name);
            this.owner = name;
            return this;
        }

        /** Where the virtual clock starts; default 2026-01-01T00:00:00Z. */
        public Builder start(Instant at) {
            this.start = Objects.requireNonNull(at, "at");
            return this;
        }

        /** The extension's kv before it starts, key to JSON text; default empty. */
        public Builder kv(Map<String, String> values) {
            this.kv = Map.copyOf(values);
            return this;
        }

        /** The platform's limit maxima; default {@link SandboxLimits#defaults()}. */
        public Builder maxima(SandboxLimits limits) {
            this.maxima = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** How the time limits are treated; default {@link Timing#RELAXED}. */
        public Builder timing(Timing value) {
            this.timing = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Whether every handler call's {@link Invocation#statements()} is counted; default false. Counting makes
         * guest code several times slower (so it suits {@code banter profile}, whose time limits are relaxed, not
         * {@code banter test --strict-time}) and runs the sandbox's contexts under Graal's {@code TRUSTED} policy with
         * every restriction still set (see {@link dev.banter.api.sandbox.SandboxConfig#countStatements()}).
         *
         * @since 0.5
         */
        public Builder countStatements(boolean value) {
            this.countStatements = value;
            return this;
        }

        /**
         * Starts the room and installs the extension.
         *
         * @throws dev.banter.api.extension.ValidationException if the settings do not fit the schema, or the
         *     platform policy refuses the extension (limits above the maxima, undeclared permissions)
         * @throws dev.banter.api.ExtensionException if the extension's code fails to load
         */
        public SimulatedRoom build() {
            return new SimulatedRoom(this);
        }
    }
}
