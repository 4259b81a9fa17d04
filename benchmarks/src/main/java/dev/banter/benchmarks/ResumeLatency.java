package dev.banter.benchmarks;

import dev.banter.api.BanterRuntime;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxListener;
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
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * What parking saves and what resuming costs: {@code rooms} rooms (default 2,000) on 2 lanes with one instance of a
 * workload's port (default w3) each. Every round parks all instances on their lanes, measures the heap after GC,
 * then sends each room a tip, which resumes its instance. Prints, per round, the resume time the sandbox reports
 * (re-creating the context, as {@code SandboxListener.resumed}) and the whole latency of the resuming message
 * (submit to outcome), as HdrHistogram p50/p99. Later rounds show the cost with a warm JIT.
 *
 * <p>Run with the JIT flags, for example: {@code java -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
 * --upgrade-module-path=benchmarks/target/jvmci -Xmx2g -cp benchmarks/target/benchmarks.jar
 * dev.banter.benchmarks.ResumeLatency [rooms] [workload 1..5] [rounds]}.
 */
public final class ResumeLatency {

    private ResumeLatency() {}

    public static void main(String[] args) {
        int rooms = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Workloads workload = Workloads.number(args.length > 1 ? Integer.parseInt(args[1]) : 3);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        InMemoryStateStore store = new InMemoryStateStore();
        Histogram resume = new ConcurrentHistogram(3);
        SandboxListener listener = new SandboxListener() {
            @Override
            public void resumed(ExtensionInstance instance, long tookNanos) {
                resume.recordValue(tookNanos);
            }
        };
        try (BanterRuntime runtime =
                        BanterRuntime.newBuilder().lanes(2).actionSink(e -> {}).build();
                Sandbox sandbox = SandboxProvider.load("graal")
                        .create(SandboxConfig.of(2)
                                .withTypes(runtime.types().types())
                                .withListener(listener))) {
            System.out.printf("%s, %s, %d rooms, %d rounds%n", workload.id(), sandbox.executionMode(), rooms, rounds);
            List<ExtensionInstance> instances = new ArrayList<>(rooms);
            for (int i = 0; i < rooms; i++) {
                Room room = runtime.openRoom(RoomId.of("room-" + i));
                ExtensionInstance instance = sandbox.instantiate(
                        InstanceSpec.of(workload.source(), room.id(), room.lane(), store, workload.permissions()));
                instance.installInto(room);
                instances.add(instance);
            }
            tipAll(runtime, rooms, null);
            long live = InstanceFootprint.usedAfterGc(memory);
            for (int round = 1; round <= rounds; round++) {
                parkAll(runtime, instances);
                long parked = InstanceFootprint.usedAfterGc(memory);
                resume.reset();
                Histogram message = new ConcurrentHistogram(3);
                tipAll(runtime, rooms, message);
                System.out.printf(
                        "round %d: heap after GC %d MiB live, %d MiB parked (%.1f KiB saved per instance);"
                                + " resume p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d);"
                                + " resuming message p50 %.2f ms, p99 %.2f ms%n",
                        round,
                        live >> 20,
                        parked >> 20,
                        (live - parked) / 1024.0 / rooms,
                        InstanceFootprint.ms(resume.getValueAtPercentile(50)),
                        InstanceFootprint.ms(resume.getValueAtPercentile(99)),
                        InstanceFootprint.ms(resume.getMaxValue()),
                        resume.getTotalCount(),
                        InstanceFootprint.ms(message.getValueAtPercentile(50)),
                        InstanceFootprint.ms(message.getValueAtPercentile(99)));
            }
            instances.forEach(ExtensionInstance::close);
        }
    }

    private static void parkAll(BanterRuntime runtime, List<ExtensionInstance> instances) {
        List<CompletableFuture<Boolean>> done = new ArrayList<>(instances.size());
        for (ExtensionInstance instance : instances) {
            Room room = runtime.room(instance.room()).orElseThrow();
            done.add(room.onLane(instance::park).toCompletableFuture());
        }
        done.forEach(CompletableFuture::join);
    }

    private static void tipAll(BanterRuntime runtime, int rooms, @Nullable Histogram latency) {
        // one message in flight at a time, so a latency is the resuming message's own
        for (int i = 0; i < rooms; i++) {
            long t0 = System.nanoTime();
            runtime.submit(Message.of(
                            BuiltinTypes.TIP,
                            RoomId.of("room-" + i),
                            User.viewer("tipper" + (i % 100)),
                            new Tip(25, "", false)))
                    .toCompletableFuture()
                    .join();
            if (latency != null) {
                latency.recordValue(System.nanoTime() - t0);
            }
        }
    }
}
