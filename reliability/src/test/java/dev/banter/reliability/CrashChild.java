package dev.banter.reliability;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Notice;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.InstalledExtension;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.Version;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.Tip;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.state.mvstore.MvStoreStateStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The host {@link CrashRecoveryTest} kills: a runtime, the graal sandbox, a file-system catalog and the room lifecycle,
 * all on one {@link MvStoreStateStore}. On its first start it publishes a tip-counting extension and installs it in
 * {@link #ROOMS}; on every later start it restores them with {@code restoreAll()}. Then it streams tips round the
 * rooms until it is killed (or for a minute at most).
 *
 * <p>It prints {@code restored N} (installations brought back), {@code ready}, {@code ack ROOM ID} for each tip whose
 * outcome says it was counted, {@code tick ROOM} for each timer notice its sink carries out, and {@code failed ...}.
 *
 * <p>usage: CrashChild FIRST_ID DIR
 */
public final class CrashChild {

    static final String EXTENSION = "tipcount";
    static final List<RoomId> ROOMS = List.of(RoomId.of("crash-1"), RoomId.of("crash-2"), RoomId.of("crash-3"));

    static final String MANIFEST = """
            {"id": "tipcount", "name": "Tip count", "version": "1.0.0", "kind": "bot", "api": "banter/1",
             "main": "main.js", "types": ["tip", "extension.start", "timer"],
             "permissions": ["kv", "notice", "timers"]}
            """;

    /** Counts each tip once by its id; schedules one repeating timer, once, whose firings it counts. */
    static final String CODE = String.join(
            "\n",
            "banter.on('extension.start', (e, ctx) => {",
            "  if (ctx.kv.get('scheduled') !== undefined) return;",
            "  ctx.kv.set('scheduled', true);",
            "  ctx.timers.every('tick', 1000);",
            "});",
            "banter.timer('tick', (t, ctx) => {",
            "  ctx.kv.incr('ticks', 1);",
            "  ctx.room.notice('tick ' + t.firing);",
            "});",
            // no thank-you notice per tip: at this rate it would run into the notice-rate quota and be quarantined
            Rig.TIP_COUNTER.replace("  ctx.room.notice('thanks for ' + t.note);\n", ""));

    private static final int IN_FLIGHT = 8;

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        long id = Long.parseLong(args[0]);
        Path dir = Path.of(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long stopAt = System.nanoTime() + 60_000_000_000L;
        Semaphore window = new Semaphore(IN_FLIGHT);
        try (MvStoreStateStore store = MvStoreStateStore.open(dir.resolve("state.mv.db"));
                BanterRuntime runtime = BanterRuntime.newBuilder()
                        .lanes(2)
                        .stateStore(store)
                        .actionSink(e -> {
                            if (e.action() instanceof Notice n && n.text().startsWith("tick ")) {
                                out.println("tick " + e.room().value());
                            }
                        })
                        .build();
                Sandbox sandbox = SandboxProvider.load("graal")
                        .create(SandboxConfig.of(runtime.lanes())
                                .withTypes(runtime.types().types()))) {
            FileSystemCatalog catalog = FileSystemCatalog.open(dir.resolve("catalog"), PlatformPolicy.permissive());
            DefaultRoomExtensions rooms = DefaultRoomExtensions.newBuilder()
                    .runtime(runtime)
                    .sandbox(sandbox)
                    .catalog(catalog)
                    .state(store)
                    .build();
            List<InstalledExtension> restored = rooms.restoreAll();
            out.println("restored " + restored.size());
            Version version = Version.parse("1.0.0");
            if (catalog.find(EXTENSION, version).isEmpty()) {
                catalog.submit(ExtensionPackages.of(MANIFEST, Map.of("main.js", CODE)));
                catalog.publish(EXTENSION, version);
            }
            for (RoomId room : ROOMS) {
                if (rooms.installed(room, EXTENSION).isEmpty()) {
                    rooms.install(InstallRequest.of(room, EXTENSION, version, "crash-test"));
                }
            }
            out.println("ready");
            while (System.nanoTime() < stopAt) {
                window.acquire();
                long tipId = id++;
                RoomId room = ROOMS.get((int) (tipId % ROOMS.size()));
                Message tip = Message.of(
                        BuiltinTypes.TIP,
                        room,
                        User.viewer("fan" + tipId % 10),
                        new Tip(Rig.amount(tipId), "" + tipId, false));
                runtime.submit(tip).whenComplete((outcome, failure) -> {
                    if (failure == null && counted(outcome)) {
                        out.println("ack " + room.value() + " " + tipId);
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
