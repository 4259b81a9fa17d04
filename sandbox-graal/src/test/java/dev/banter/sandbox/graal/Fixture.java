package dev.banter.sandbox.graal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Action;
import dev.banter.api.action.Permission;
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
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxListener;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.core.state.InMemoryStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A runtime with two lanes, the graal sandbox, an in-memory store and recorders for actions and violations. */
final class Fixture implements AutoCloseable {

    static final Set<Permission> ALL = Set.of(Permission.values());

    final List<ActionEnvelope> actions = new CopyOnWriteArrayList<>();
    final List<LimitViolation> violations = new CopyOnWriteArrayList<>();
    final List<ExtensionInstance> quarantined = new CopyOnWriteArrayList<>();
    final List<String> logs = new CopyOnWriteArrayList<>();
    final InMemoryStateStore store = new InMemoryStateStore();
    final BanterRuntime runtime;
    final Sandbox sandbox;

    Fixture() {
        this(UnaryOperator.identity());
    }

    Fixture(UnaryOperator<SandboxConfig> config) {
        this(config, UnaryOperator.identity());
    }

    /** A fixture whose runtime builder is adjusted first, for example with a {@code ManualClock}. */
    Fixture(UnaryOperator<SandboxConfig> config, UnaryOperator<BanterRuntime.Builder> runtimeConfig) {
        runtime = runtimeConfig
                .apply(BanterRuntime.newBuilder().lanes(2).actionSink(actions::add))
                .build();
        SandboxListener listener = new SandboxListener() {
            @Override
            public void violation(LimitViolation violation) {
                violations.add(violation);
            }

            @Override
            public void quarantined(ExtensionInstance instance, LimitViolation last) {
                quarantined.add(instance);
            }

            @Override
            public void log(ExtensionInstance instance, String level, String line) {
                logs.add(level + " " + line);
            }
        };
        sandbox = SandboxProvider.load("graal")
                .create(config.apply(SandboxConfig.of(2).withListener(listener)));
    }

    static Path shared() {
        return Path.of(System.getProperty("banter.shared", "../../shared"))
                .toAbsolutePath()
                .normalize();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Room room(String name) {
        RoomId id = RoomId.of(name);
        return runtime.room(id).orElseGet(() -> runtime.openRoom(id));
    }

    InstanceSpec spec(String room, String id, String code) {
        Room r = room(room);
        return InstanceSpec.of(ExtensionSource.banter1(id, code), r.id(), r.lane(), store, ALL);
    }

    ExtensionInstance install(String room, String id, String code) {
        return install(spec(room, id, code));
    }

    ExtensionInstance install(InstanceSpec spec) {
        ExtensionInstance instance = sandbox.instantiate(spec);
        instance.installInto(room(spec.room().value()));
        return instance;
    }

    <P extends Payload> Outcome submit(String room, MessageType<P> type, User user, P payload) {
        return submit(Message.of(type, room(room).id(), user, payload));
    }

    Outcome submit(Message message) {
        try {
            return runtime.submit(message).toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no outcome for " + message, e);
        }
    }

    Outcome chat(String room, String user, String body) {
        return submit(room, BuiltinTypes.CHAT_MESSAGE, User.viewer(user), new ChatMessage(body));
    }

    Outcome tip(String room, String user, long amount) {
        return submit(room, BuiltinTypes.TIP, User.viewer(user), new Tip(amount, "", false));
    }

    /** Actions delivered to the sink so far, waiting briefly for the lanes to hand them over. */
    List<Action> delivered(int atLeast) {
        return await(actions, atLeast);
    }

    /** The actions of the envelopes, waiting briefly until there are {@code atLeast}. */
    static List<Action> await(List<ActionEnvelope> actions, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (actions.size() < atLeast && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        List<Action> out = new ArrayList<>();
        for (ActionEnvelope e : actions) {
            out.add(e.action());
        }
        return out;
    }

    static String lines(String... lines) {
        return String.join("\n", Arrays.asList(lines));
    }

    @Override
    public void close() {
        runtime.close();
        sandbox.close();
    }
}
