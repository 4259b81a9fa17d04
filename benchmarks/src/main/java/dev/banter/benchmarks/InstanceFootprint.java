package dev.banter.benchmarks;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.Tip;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.examples.Workloads;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * Memory and creation time of many instances: {@code rooms} rooms (default 10,000) on 2 lanes, one instance of a
 * workload's port (default w3) in each, default limits. Prints the instance creation time ({@code instantiate} +
 * {@code installInto}) as percentiles, after a warm-up of {@code warm} instances (default 2,000, created and closed),
 * and the heap used after GC before the instances, with them, and after each ran one message.
 *
 * <p>Run with the JIT flags, for example: {@code java -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
 * --upgrade-module-path=benchmarks/target/jvmci -Xmx2g -cp benchmarks/target/benchmarks.jar
 * dev.banter.benchmarks.InstanceFootprint [rooms] [workload 1..5] [warm]}.
 */
public final class InstanceFootprint {

    private InstanceFootprint() {}

    public static void main(String[] args) {
        int rooms = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Workloads workload = Workloads.number(args.length > 1 ? Integer.parseInt(args[1]) : 3);
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        InMemoryStateStore store = new InMemoryStateStore();
        try (BanterRuntime runtime =
                        BanterRuntime.newBuilder().lanes(2).actionSink(e -> {}).build();
                Sandbox sandbox = SandboxProvider.load("graal")
                        .create(SandboxConfig.of(2).withTypes(runtime.types().types()))) {
            System.out.printf(
                    "%s, %s, %d rooms, %d warm-up instances%n", workload.id(), sandbox.executionMode(), rooms, warm);
            List<ExtensionInstance> warmUp = new ArrayList<>();
            for (int i = 0; i < warm; i++) {
                warmUp.add(create(runtime, sandbox, store, workload, "warm-" + i, null));
            }
            for (ExtensionInstance instance : warmUp) {
                instance.uninstallFrom(runtime.room(instance.room()).orElseThrow());
                instance.close();
            }
            warmUp.clear();
            long before = usedAfterGc(memory);
            Histogram created = new Histogram(3);
            List<ExtensionInstance> instances = new ArrayList<>(rooms);
            long start = System.nanoTime();
            for (int i = 0; i < rooms; i++) {
                instances.add(create(runtime, sandbox, store, workload, "room-" + i, created));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long loaded = usedAfterGc(memory);
            List<CompletableFuture<Outcome>> pending = new ArrayList<>(rooms);
            for (int i = 0; i < rooms; i++) {
                pending.add(runtime.submit(Message.of(
                                BuiltinTypes.TIP,
                                RoomId.of("room-" + i),
                                User.viewer("tipper" + (i % 100)),
                                new Tip(25, "", false)))
                        .toCompletableFuture());
            }
            pending.forEach(CompletableFuture::join);
            long ran = usedAfterGc(memory);
            System.out.printf(
                    "instance creation (instantiate + installInto), %d instances in %.1f s: p50 %.2f ms, p90 %.2f ms,"
                            + " p99 %.2f ms, max %.2f ms%n",
                    created.getTotalCount(),
                    seconds,
                    ms(created.getValueAtPercentile(50)),
                    ms(created.getValueAtPercentile(90)),
                    ms(created.getValueAtPercentile(99)),
                    ms(created.getMaxValue()));
            System.out.printf(
                    "heap used after GC: %d MiB before, %d MiB with %d instances (%.1f KiB each), %d MiB after one"
                            + " message each (%.1f KiB each); live instances %d%n",
                    before >> 20,
                    loaded >> 20,
                    rooms,
                    (loaded - before) / 1024.0 / rooms,
                    ran >> 20,
                    (ran - before) / 1024.0 / rooms,
                    sandbox.liveInstances());
            instances.forEach(ExtensionInstance::close);
        }
    }

    private static ExtensionInstance create(
            BanterRuntime runtime,
            Sandbox sandbox,
            InMemoryStateStore store,
            Workloads workload,
            String name,
            @Nullable Histogram times) {
        Room room = runtime.openRoom(RoomId.of(name));
        long t0 = System.nanoTime();
        ExtensionInstance instance = sandbox.instantiate(
                InstanceSpec.of(workload.source(), room.id(), room.lane(), store, workload.permissions()));
        instance.installInto(room);
        if (times != null) {
            times.recordValue(System.nanoTime() - t0);
        }
        return instance;
    }

    /** The heap in use after three collections; shared with {@link ResumeLatency}. */
    static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
