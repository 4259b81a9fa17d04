package dev.banter.sandbox.graal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Action;
import dev.banter.api.action.Notice;
import dev.banter.api.action.Permission;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.SandboxListener;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.ExtensionStart;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.core.time.ManualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One room on virtual time with the graal sandbox, for cb/2 apps from {@code src/test/resources/cb2}. */
final class Cb2Harness implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Set<Permission> ALL = Set.of(Permission.values());

    final ManualClock clock = ManualClock.startingAt(T0);
    final InMemoryStateStore store = new InMemoryStateStore();
    final List<ActionEnvelope> actions = new CopyOnWriteArrayList<>();
    final List<LimitViolation> violations = new CopyOnWriteArrayList<>();
    final List<String> logs = new CopyOnWriteArrayList<>();
    final BanterRuntime runtime;
    final Sandbox sandbox;
    final Room room;

    Cb2Harness() {
        runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .timeSource(clock)
                .stateStore(store)
                .actionSink(actions::add)
                .build();
        SandboxListener listener = new SandboxListener() {
            @Override
            public void violation(LimitViolation violation) {
                violations.add(violation);
            }

            @Override
            public void log(ExtensionInstance instance, String level, String line) {
                logs.add(level + " " + line);
            }
        };
        sandbox = SandboxProvider.load("graal")
                .create(SandboxConfig.of(1).withListener(listener).withMaxima(Hostile.MAXIMA));
        room = runtime.openRoom(RoomId.of("alice"));
    }

    static Path resource(String dir) {
        try {
            return Path.of(Cb2Harness.class.getResource("/cb2/" + dir).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The package in {@code cb2/<dir>}, read through its {@code banter.json}. */
    static ExtensionPackage pkg(String dir) {
        return ExtensionPackages.read(resource(dir));
    }

    /** Every file in {@code cb2/<dir>} as a cb/2 source without a manifest (handlers found by file name). */
    static ExtensionSource bare(String dir, String id) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(resource(dir))) {
            for (Path p : paths.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExtensionSource(
                id, "1.0.0", "cb/2", files.keySet().iterator().next(), files);
    }

    static ExtensionSource inline(String id, Map<String, String> files) {
        return new ExtensionSource(
                id, "0.0.0", "cb/2", files.keySet().iterator().next(), files);
    }

    ExtensionInstance install(ExtensionSource source, Map<String, Object> settings, Set<Permission> granted) {
        // functional tests: a deadline that a cold, interpreted context on a busy machine meets
        return install(InstanceSpec.of(source, room.id(), room.lane(), store, granted)
                .withSettings(settings)
                .withLimits(
                        SandboxLimits.defaults().with(LimitKind.DEADLINE, 2_000).with(LimitKind.LOAD_DEADLINE, 5_000)));
    }

    ExtensionInstance install(InstanceSpec spec) {
        ExtensionInstance instance = sandbox.instantiate(spec);
        instance.installInto(room);
        return instance;
    }

    <P extends Payload> Outcome send(MessageType<P> type, User user, P payload) {
        return send(Message.of(type, room.id(), user, payload));
    }

    Outcome send(Message message) {
        try {
            return runtime.submit(message).toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no outcome for " + message, e);
        }
    }

    Outcome chat(User user, String body) {
        return send(BuiltinTypes.CHAT_MESSAGE, user, new ChatMessage(body));
    }

    Outcome chat(String user, String body) {
        return chat(User.viewer(user), body);
    }

    Outcome start(String extensionId) {
        return send(BuiltinTypes.EXTENSION_START, User.system(), new ExtensionStart(extensionId, "1.0.0"));
    }

    void advance(Duration by) {
        clock.advance(by);
        // a fired timer is a message on the lane: let it run before looking at the actions
        send(BuiltinTypes.ROOM_STATS, User.system(), new dev.banter.api.types.RoomStats(0, 0, 0));
    }

    /** Every action delivered so far, waiting briefly for the lane to hand over {@code atLeast}. */
    List<Action> delivered(int atLeast) {
        return Fixture.await(actions, atLeast);
    }

    /** The texts of the notices delivered so far. */
    List<String> notices() {
        List<String> out = new ArrayList<>();
        for (Action a : delivered(0)) {
            if (a instanceof Notice n) {
                out.add(n.text());
            }
        }
        return out;
    }

    /** The last notice, after waiting for {@code count} actions in all. */
    String lastNotice(int count) {
        delivered(count);
        List<String> n = notices();
        return n.isEmpty() ? "" : n.getLast();
    }

    /** Forgets the actions so far, moves virtual time on and answers the last notice that fired meanwhile. */
    String noticeAfter(Duration by) {
        actions.clear();
        advance(by);
        return lastNotice(1);
    }

    @Override
    public void close() {
        runtime.close();
        sandbox.close();
    }
}
