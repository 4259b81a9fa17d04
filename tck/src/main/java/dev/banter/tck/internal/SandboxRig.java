package dev.banter.tck.internal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Action;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.SandboxListener;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.sandbox.ViolationPolicy;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.StateStore;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.tck.TestEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A real runtime hosting a sandbox from the provider under test, with recorders for actions, violations, quarantines
 * and logs. The runtime comes from the engine on the class path ({@code banter-runtime-core}): a sandbox can only be
 * observed through the outcomes of the chain it runs in.
 */
public final class SandboxRig implements AutoCloseable {

    public final List<ActionEnvelope> actions = new CopyOnWriteArrayList<>();
    public final List<LimitViolation> violations = new CopyOnWriteArrayList<>();
    public final List<ExtensionInstance> quarantined = new CopyOnWriteArrayList<>();
    public final List<String> logs = new CopyOnWriteArrayList<>();
    public final StateStore store;
    public final BanterRuntime runtime;
    public final Sandbox sandbox;
    private final TestEnvironment env;
    private final Supplier<Instant> now;

    /**
     * Starts a runtime with two lanes and a sandbox over it.
     *
     * @param runtime a builder to start from (a virtual clock, say), or a plain one
     * @param now the time messages are stamped with
     */
    public SandboxRig(
            SandboxProvider provider,
            SandboxLimits maxima,
            StateStore store,
            BanterRuntime.Builder runtime,
            Supplier<Instant> now,
            TestEnvironment env) {
        this.store = store;
        this.env = env;
        this.now = now;
        this.runtime = runtime.lanes(2).actionSink(actions::add).build();
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
        Sandbox made;
        try {
            made = provider.create(SandboxConfig.of(2)
                    .withMaxima(maxima)
                    .withListener(listener)
                    .withTypes(this.runtime.types().types()));
        } catch (RuntimeException e) {
            this.runtime.close();
            throw e;
        }
        this.sandbox = made;
    }

    public Room room(String name) {
        RoomId id = RoomId.of(name);
        return runtime.room(id).orElseGet(() -> runtime.openRoom(id));
    }

    /** The spec of an instance in a room, with every permission unless narrowed. */
    public InstanceSpec spec(String room, ExtensionSource source, SandboxLimits limits, Set<Permission> permissions) {
        Room r = room(room);
        return new InstanceSpec(
                source,
                r.id(),
                r.lane(),
                Map.of(),
                store,
                limits,
                ViolationPolicy.defaults(),
                permissions,
                dev.banter.api.handler.Slot.BOT);
    }

    /** Instantiates and installs. */
    public ExtensionInstance install(InstanceSpec spec) {
        ExtensionInstance instance = sandbox.instantiate(spec);
        instance.installInto(room(spec.room().value()));
        return instance;
    }

    public Outcome submit(Message message) {
        return env.await(
                runtime.submit(message), "the outcome of " + message.type().name() + " " + message.id());
    }

    public Outcome chat(String room, String user, String body) {
        return submit(Msgs.of(BuiltinTypes.CHAT_MESSAGE, room, User.viewer(user), new ChatMessage(body), now.get()));
    }

    /** The actions of an outcome, which also reach the sink. */
    public static List<Action> actions(Outcome outcome) {
        return outcome.actions();
    }

    /** The failure texts of the failed steps of an outcome. */
    public static List<String> failures(Outcome outcome) {
        return outcome.trace().stream()
                .filter(t -> t.verdict() == VerdictKind.FAILED)
                .map(TraceEntry::failure)
                .toList();
    }

    @Override
    public void close() {
        try {
            runtime.close();
        } finally {
            sandbox.close();
        }
    }
}
