package dev.banter.reliability;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.message.Message;
import dev.banter.api.metrics.RoomMetrics;
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
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.core.state.InMemoryStateStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A runtime with two lanes, a {@link FaultySink}, a {@link FaultyStore} over memory and the graal sandbox, with two
 * rooms known to sit on different lanes ({@link #a} and {@link #b}) and a third on {@link #a}'s lane ({@link #a2}).
 */
final class Rig implements AutoCloseable {

    /** Counts each tip once by its id (the note), however often it is delivered: what a host's retry relies on. */
    static final String TIP_COUNTER = String.join(
            "\n",
            "banter.on('tip', (t, ctx) => {",
            "  const key = 'tip:' + t.note;",
            "  if (ctx.kv.get(key) !== undefined) return;",
            "  ctx.kv.set(key, t.amount);",
            "  ctx.kv.incr('count', 1);",
            "  ctx.kv.incr('total', t.amount);",
            "  ctx.room.notice('thanks for ' + t.note);",
            "});");

    static final String COUNTER_ID = "tipcount";

    final FaultySink sink = new FaultySink();
    final FaultyStore store = new FaultyStore(new InMemoryStateStore());
    final List<LimitViolation> violations = new CopyOnWriteArrayList<>();
    final List<ExtensionInstance> quarantined = new CopyOnWriteArrayList<>();
    final BanterRuntime runtime;
    final Sandbox sandbox;
    final Room a;
    final Room b;
    final Room a2;

    Rig() {
        this(UnaryOperator.identity());
    }

    Rig(UnaryOperator<BanterRuntime.Builder> config) {
        runtime = config.apply(BanterRuntime.newBuilder()
                        .lanes(2)
                        .actionSink(sink)
                        .actionRetry(4, Duration.ofMillis(5), Duration.ofMillis(20)))
                .build();
        sandbox = SandboxProvider.load("graal")
                .create(SandboxConfig.of(runtime.lanes())
                        .withTypes(runtime.types().types())
                        .withListener(new SandboxListener() {
                            @Override
                            public void violation(LimitViolation violation) {
                                violations.add(violation);
                            }

                            @Override
                            public void quarantined(ExtensionInstance instance, LimitViolation last) {
                                quarantined.add(instance);
                            }
                        }));
        a = runtime.openRoom(RoomId.of("room-a"));
        b = roomOnLane(1 - a.lane(), "room-b");
        a2 = roomOnLane(a.lane(), "room-a2");
    }

    private Room roomOnLane(int lane, String prefix) {
        for (int i = 0; ; i++) {
            Room r = runtime.openRoom(RoomId.of(prefix + "-" + i));
            if (r.lane() == lane) {
                return r;
            }
            r.close().toCompletableFuture().join();
        }
    }

    /** Installs {@link #TIP_COUNTER} in {@code room} on {@code state}. */
    ExtensionInstance counter(Room room, StateStore state) {
        ExtensionInstance instance = sandbox.instantiate(InstanceSpec.of(
                ExtensionSource.banter1(COUNTER_ID, TIP_COUNTER),
                room.id(),
                room.lane(),
                state,
                Set.of(Permission.KV, Permission.NOTICE)));
        instance.installInto(room);
        return instance;
    }

    static Message tip(Room room, long id) {
        return Message.of(
                BuiltinTypes.TIP, room.id(), User.viewer("fan" + id % 5), new Tip(amount(id), "" + id, false));
    }

    static long amount(long id) {
        return id % 7 + 1;
    }

    static Message chat(Room room, String body) {
        return Message.of(BuiltinTypes.CHAT_MESSAGE, room.id(), User.viewer("viewer"), new ChatMessage(body));
    }

    CompletableFuture<Outcome> submit(Message m) {
        return runtime.submit(m).toCompletableFuture();
    }

    static Outcome await(CompletableFuture<Outcome> f) {
        try {
            return f.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no outcome within 20 s", e);
        }
    }

    Outcome send(Message m) {
        return await(submit(m));
    }

    /** Whether every step of the outcome ran without a failure. */
    static boolean clean(Outcome out) {
        return out.delivered() && out.trace().stream().allMatch(t -> t.failure() == null);
    }

    static List<String> failures(Outcome out) {
        return out.trace().stream()
                .map(TraceEntry::failure)
                .filter(f -> f != null)
                .toList();
    }

    /** The counter's kv value in {@code room}, read from the store under the faults. */
    String kv(Room room, String key) {
        return store.get(new StateScope(COUNTER_ID, room.id()), key).orElse(null);
    }

    RoomMetrics metrics(Room room) {
        return runtime.metrics().rooms().get(room.id());
    }

    @Override
    public void close() {
        sink.heal();
        store.heal();
        runtime.close();
        sandbox.close();
    }
}
