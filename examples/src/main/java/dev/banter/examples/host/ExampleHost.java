package dev.banter.examples.host;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Action;
import dev.banter.api.action.Ban;
import dev.banter.api.action.Kick;
import dev.banter.api.action.Mute;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.Warn;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.InstalledExtension;
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
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.state.InMemoryStateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A small chat server that embeds Banter: the model of what a streaming host does around the runtime. It owns the
 * rooms' real state (who is present, banned and muted, the subject, what each user saw) and applies the actions
 * extensions emit through its own {@link ActionSink}; it asks the runtime about every chat line before showing it,
 * and refuses chat from banned or muted users itself, before Banter is involved.
 *
 * <pre>{@code
 * try (ExampleHost host = ExampleHost.start(Path.of("catalog"))) {
 *     host.publish(Path.of("examples/extensions/word-filter"));
 *     host.install("alice", "word-filter", Map.of());
 *     host.say("alice", User.viewer("bob"), "buy scamcoin");   // false: hidden, and bob is muted
 *     host.say("alice", User.viewer("bob"), "hello?");         // false: the server refuses muted users
 * }
 * }</pre>
 *
 * <p>Thread-safe: the runtime calls the sink on its lane threads while the host's own threads submit events.
 *
 * @since 0.3
 */
public final class ExampleHost implements AutoCloseable {

    private final ChatServer server;
    private final BanterRuntime runtime;
    private final Sandbox sandbox;
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final FileSystemCatalog catalog;
    private final RoomExtensions rooms;

    private ExampleHost(Path catalogDir, Clock clock) {
        server = new ChatServer(clock);
        runtime = BanterRuntime.newBuilder().clock(clock).actionSink(server).build();
        sandbox = SandboxProvider.load("graal")
                .create(SandboxConfig.of(runtime.lanes())
                        .withTypes(runtime.types().types()));
        catalog = FileSystemCatalog.open(catalogDir, PlatformPolicy.permissive());
        rooms = DefaultRoomExtensions.newBuilder()
                .runtime(runtime)
                .sandbox(sandbox)
                .catalog(catalog)
                .state(state)
                .build();
    }

    /** A host with its catalog in {@code catalogDir}, on the system clock. */
    public static ExampleHost start(Path catalogDir) {
        return new ExampleHost(catalogDir, Clock.systemUTC());
    }

    /** A host on the given clock (mutes expire by it). */
    public static ExampleHost start(Path catalogDir, Clock clock) {
        return new ExampleHost(catalogDir, clock);
    }

    /**
     * Submits and publishes the extension project in {@code dir} ({@code banter.json} and its files).
     *
     * @return its id
     */
    public String publish(Path dir) {
        ExtensionPackage pkg = ExtensionPackages.read(dir);
        if (catalog.submit(pkg).state() == PublicationState.DRAFT) {
            catalog.publish(pkg.id(), pkg.version());
        }
        return pkg.id();
    }

    /** Opens the room if needed and installs the latest published version of an extension with these settings. */
    public InstalledExtension install(String room, String extensionId, Map<String, ?> settings) {
        RoomId id = RoomId.of(room);
        if (runtime.room(id).isEmpty()) {
            runtime.openRoom(id);
        }
        var entry = catalog.latestPublished(extensionId)
                .orElseThrow(() -> new IllegalArgumentException("no published version of '" + extensionId + "'"));
        return rooms.install(
                InstallRequest.of(id, extensionId, entry.version(), room).withSettings(settings));
    }

    /** A user joins the room; false if they are banned from it. */
    public boolean enter(String room, User user) {
        if (server.room(room).banned.contains(user.name())) {
            return false;
        }
        server.room(room).present.add(user.name());
        submit(room, BuiltinTypes.USER_ENTER, user, UserEnter.INSTANCE);
        return true;
    }

    /**
     * A user says something. The server refuses banned, kicked-out and muted users itself; everything else goes
     * through the room's extensions and is shown only if they deliver it (perhaps changed).
     *
     * @return whether the line was shown in the room
     */
    public boolean say(String room, User user, String text) {
        if (!server.mayChat(room, user.name())) {
            return false;
        }
        Outcome outcome = submit(room, BuiltinTypes.CHAT_MESSAGE, user, new ChatMessage(text));
        if (outcome.delivered() && outcome.message().payload() instanceof ChatMessage shown) {
            server.show(room, user.name() + ": " + shown.body());
            return true;
        }
        return false;
    }

    /** A user tips the room. */
    public void tip(String room, User user, long amount, String note) {
        submit(room, BuiltinTypes.TIP, user, new Tip(amount, note, false));
    }

    /** The chat server's state of a room. */
    public RoomView view(String room) {
        return server.room(room).view();
    }

    private <P extends Payload> Outcome submit(String room, MessageType<P> type, User user, P payload) {
        Message m = Message.of(type, RoomId.of(room), user, payload);
        try {
            return runtime.submit(m).toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.name() + " in " + room, e);
        } catch (Exception e) {
            throw new IllegalStateException(type.name() + " in " + room + " failed", e);
        }
    }

    /** Closes the runtime (its accepted events run and their actions are applied first), the sandbox, the state. */
    @Override
    public void close() {
        runtime.close();
        sandbox.close();
        state.close();
    }

    /**
     * What the server knows about one room, a snapshot.
     *
     * @param subject the room subject ({@code ""} until something sets it)
     * @param present who is in the room
     * @param banned who is banned
     * @param mutedUntil who is muted, until when
     * @param warnings warnings given, as {@code user: reason}
     * @param transcript what was shown: chat as {@code user: text}, notices as {@code [notice to X] text}
     */
    public record RoomView(
            String subject,
            Set<String> present,
            Set<String> banned,
            Map<String, Instant> mutedUntil,
            List<String> warnings,
            List<String> transcript) {}

    /** The host's action sink: applies each action to the room it names. */
    private static final class ChatServer implements ActionSink {

        private final Clock clock;
        private final Map<String, ServerRoom> rooms = new ConcurrentHashMap<>();

        ChatServer(Clock clock) {
            this.clock = clock;
        }

        ServerRoom room(String room) {
            return rooms.computeIfAbsent(room, r -> new ServerRoom());
        }

        boolean mayChat(String room, String user) {
            ServerRoom r = room(room);
            synchronized (r) {
                Instant until = r.mutedUntil.get(user);
                return !r.banned.contains(user)
                        && (until == null || !clock.instant().isBefore(until));
            }
        }

        void show(String room, String line) {
            ServerRoom r = room(room);
            synchronized (r) {
                r.transcript.add(line);
            }
        }

        @Override
        public void deliver(ActionEnvelope envelope) {
            ServerRoom r = room(envelope.room().value());
            synchronized (r) {
                apply(r, envelope.action());
            }
        }

        private void apply(ServerRoom r, Action action) {
            switch (action) {
                case Ban ban -> {
                    r.banned.add(ban.user());
                    r.present.remove(ban.user());
                }
                case Kick kick -> r.present.remove(kick.user());
                case Mute mute -> r.mutedUntil.put(mute.user(), clock.instant().plus(mute.duration()));
                case Warn warn -> r.warnings.add(warn.user() + ": " + warn.reason());
                case SetSubject subject -> r.subject = subject.subject();
                case Notice notice ->
                    r.transcript.add("[notice to " + audience(notice.target()) + "] " + notice.text());
                default -> {} // tip options, timers and custom actions: this server has no panel or menu to show
            }
        }

        private static String audience(NoticeTarget target) {
            return switch (target) {
                case NoticeTarget.Everyone e -> "everyone";
                case NoticeTarget.ToUser u -> u.name();
                case NoticeTarget.ToGroup g -> g.audience().wireName();
            };
        }
    }

    /** One room's server state; guarded by its own monitor. */
    private static final class ServerRoom {
        String subject = "";
        final Set<String> present = ConcurrentHashMap.newKeySet();
        final Set<String> banned = ConcurrentHashMap.newKeySet();
        final Map<String, Instant> mutedUntil = new HashMap<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> transcript = new ArrayList<>();

        synchronized RoomView view() {
            return new RoomView(
                    subject,
                    Set.copyOf(new HashSet<>(present)),
                    Set.copyOf(new HashSet<>(banned)),
                    Map.copyOf(mutedUntil),
                    List.copyOf(warnings),
                    List.copyOf(transcript));
        }

        @Override
        public String toString() {
            return Objects.toString(view());
        }
    }
}
