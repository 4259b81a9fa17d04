package dev.banter.state.mvstore;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.Tip;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * The process {@link TipCrashTest} kills: a real runtime and sandbox on an {@link MvStoreStateStore}, one room, one
 * extension that counts tips, and a stream of tips with ids from the first argument on. It prints {@code ack ID} for
 * each tip whose outcome completed, and runs until it is killed (or for a minute at most, should its parent die).
 *
 * <p>usage: TipCrashChild FIRST_ID STATE_FILE
 */
public final class TipCrashChild {

    static final String EXTENSION = "tipcount";
    static final RoomId ROOM = RoomId.of("crash");

    /** Records each tip id once and counts it; a tip sent again after a restart is recognised by its id. */
    static final String CODE = String.join(
            "\n",
            "banter.on('tip', (t, ctx) => {",
            "  const key = 'tip:' + t.note;",
            "  if (ctx.kv.get(key) !== undefined) return;",
            "  ctx.kv.set(key, t.amount);",
            "  ctx.kv.incr('count', 1);",
            "  ctx.kv.incr('total', t.amount);",
            "});");

    private static final int IN_FLIGHT = 8;

    private TipCrashChild() {}

    /** The amount of tip {@code id}: varied, so that a tip counted twice or lost changes the total. */
    static long amount(long id) {
        return id % 7 + 1;
    }

    public static void main(String[] args) throws Exception {
        long id = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        long stopAt = System.nanoTime() + 60_000_000_000L;
        Semaphore window = new Semaphore(IN_FLIGHT);
        try (MvStoreStateStore state = MvStoreStateStore.open(file);
                BanterRuntime runtime = BanterRuntime.newBuilder().lanes(1).build();
                Sandbox sandbox = SandboxProvider.load("graal")
                        .create(SandboxConfig.of(runtime.lanes())
                                .withTypes(runtime.types().types()))) {
            Room room = runtime.openRoom(ROOM);
            ExtensionInstance counter = sandbox.instantiate(InstanceSpec.of(
                    ExtensionSource.banter1(EXTENSION, CODE), room.id(), room.lane(), state, Set.of(Permission.KV)));
            counter.installInto(room);
            while (System.nanoTime() < stopAt) {
                window.acquire();
                long tipId = id++;
                Message tip = Message.of(
                        BuiltinTypes.TIP,
                        ROOM,
                        User.viewer("fan" + tipId % 10),
                        new Tip(amount(tipId), "" + tipId, false));
                runtime.submit(tip).whenComplete((outcome, failure) -> {
                    if (failure == null && counted(outcome)) {
                        out.println("ack " + tipId);
                    } else {
                        out.println("failed " + tipId + " " + (failure != null ? failure : outcome.trace()));
                    }
                    window.release();
                });
            }
        }
    }

    private static boolean counted(Outcome outcome) {
        return outcome.status() == Outcome.Status.DELIVERED
                && outcome.trace().stream().noneMatch(t -> t.failure() != null);
    }
}
