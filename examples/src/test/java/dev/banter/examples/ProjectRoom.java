package dev.banter.examples;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Action;
import dev.banter.api.action.Notice;
import dev.banter.api.action.SetSubject;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.RoomExtensions;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.RoomStats;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.core.time.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One example project ({@code examples/extensions/<name>/}) installed alone in a simulated room, the way the
 * scenario files describe it: published to a catalog, installed through the room lifecycle (so {@code
 * extension.start} runs first), on virtual time that starts at 2026-01-01T00:00:00Z.
 */
final class ProjectRoom implements AutoCloseable {

    /** The example projects, relative to the examples module (the tests' working directory). */
    static final Path PROJECTS = Path.of("extensions");

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualClock clock = ManualClock.startingAt(START);
    private final Recorder sink = new Recorder();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final BanterRuntime runtime;
    private final Sandbox sandbox;
    private final RoomId room;

    private ProjectRoom(String project, String roomName, Map<String, ?> settings, Path catalogDir) {
        runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .timeSource(clock)
                .stateStore(state)
                .actionSink(sink)
                .build();
        sandbox = SandboxProvider.load("graal")
                .create(SandboxConfig.of(runtime.lanes())
                        .withTypes(runtime.types().types()));
        room = RoomId.of(roomName);
        runtime.openRoom(room);
        ExtensionPackage pkg = ExtensionPackages.read(PROJECTS.resolve(project));
        FileSystemCatalog catalog = FileSystemCatalog.open(catalogDir, PlatformPolicy.permissive());
        if (catalog.submit(pkg).state() == PublicationState.DRAFT) {
            catalog.publish(pkg.id(), pkg.version());
        }
        RoomExtensions rooms = DefaultRoomExtensions.newBuilder()
                .runtime(runtime)
                .sandbox(sandbox)
                .catalog(catalog)
                .state(state)
                .build();
        rooms.install(InstallRequest.of(room, pkg.id(), pkg.version(), roomName).withSettings(settings));
    }

    static ProjectRoom of(String project, Map<String, ?> settings, Path catalogDir) {
        return new ProjectRoom(project, "alice", settings, catalogDir);
    }

    Outcome chat(User user, String body) {
        return submit(BuiltinTypes.CHAT_MESSAGE, user, new ChatMessage(body));
    }

    Outcome tip(String user, long amount) {
        return tip(user, amount, false);
    }

    Outcome tip(String user, long amount, boolean anonymous) {
        return submit(BuiltinTypes.TIP, User.viewer(user), new Tip(amount, "", anonymous));
    }

    Outcome enter(User user) {
        return submit(BuiltinTypes.USER_ENTER, user, UserEnter.INSTANCE);
    }

    /** Moves virtual time; the timers that became due have fired and their actions reached the sink. */
    void advance(Duration by) {
        clock.advance(by);
        settle();
    }

    /** Everything the sink received so far, the actions of the start included. */
    List<Action> actions() {
        settle();
        return sink.actions();
    }

    List<String> notices() {
        return actions().stream()
                .filter(Notice.class::isInstance)
                .map(a -> ((Notice) a).text())
                .toList();
    }

    String subject() {
        List<Action> all = actions();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i) instanceof SetSubject s) {
                return s.subject();
            }
        }
        return "";
    }

    private <P extends Payload> Outcome submit(MessageType<P> type, User user, P payload) {
        Message m = new Message(UUID.randomUUID().toString(), type, room, user, clock.now(), payload);
        try {
            return runtime.submit(m).toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no outcome for " + m, e);
        }
    }

    /** Runs an event through the lane, so that what was queued before it (and its actions) has been handled. */
    private void settle() {
        submit(BuiltinTypes.ROOM_STATS, User.system(), new RoomStats(1, 0, 0));
    }

    @Override
    public void close() {
        runtime.close();
        sandbox.close();
        state.close();
    }
}
