package dev.banter.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.banter.api.BanterRuntime;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import dev.banter.bench.load.Results.SoakSample;
import dev.banter.bench.load.SoakWatch;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.examples.JsExtensions;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.HdrHistogram.Histogram;

/**
 * A soak run: many rooms with the example extensions ({@code dice}, {@code calm}) installed through the lifecycle,
 * chat, commands, presence and tips at a fixed rate, and a sample of the JVM every period: heap after a full GC,
 * threads, open file handles; GC pauses as they happen. {@link #assertHealthy()} checks the trends and the tips.
 * The readings and the verdict on their trends are the load generator's ({@link SoakWatch}), so both soaks judge
 * by the same rule.
 */
final class Soak {

    private final Duration duration;
    private final int rate;
    private final int roomCount;
    private final Duration period;
    private final List<SoakSample> samples = new ArrayList<>();
    private final Histogram gcPauses = new Histogram(3_600_000L, 2);
    private final Set<Long> acked = ConcurrentHashMap.newKeySet();
    private final Set<Long> seen = ConcurrentHashMap.newKeySet();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    Soak(Duration duration, int rate, int rooms, Duration period) {
        this.duration = duration;
        this.rate = rate;
        this.roomCount = rooms;
        this.period = period;
    }

    /**
     * Runs a soak of {@code duration} at {@code banter.soak.rate} over {@code banter.soak.rooms}, prints its summary
     * and asserts {@link #assertHealthy()}.
     */
    static Soak runAndCheck(Duration duration, Duration period) throws Exception {
        Soak soak = new Soak(
                        duration,
                        Integer.getInteger("banter.soak.rate", 400),
                        Integer.getInteger("banter.soak.rooms", 50),
                        period)
                .run();
        System.out.println(soak);
        soak.assertHealthy();
        return soak;
    }

    Soak run() throws Exception {
        NotificationListener onGc = (n, h) -> {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            if (!info.getGcCause().equals("System.gc()")) {
                synchronized (gcPauses) {
                    gcPauses.recordValue(Math.min(info.getGcInfo().getDuration(), 3_600_000L));
                }
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(onGc, null, null);
        }
        Path dir = Files.createTempDirectory("banter-soak");
        HandlerSpec tipCounter = HandlerSpec.of("soak.tips", (m, ctx) -> {
                    if (!seen.add(Long.parseLong(m.payload(BuiltinTypes.TIP).note()))) {
                        duplicates.incrementAndGet();
                    }
                    return Verdict.pass();
                })
                .on(Subscription.to("tip"))
                .observe();
        try (InMemoryStateStore store = new InMemoryStateStore();
                BanterRuntime runtime =
                        BanterRuntime.newBuilder().lanes(2).observer(tipCounter).build();
                Sandbox sandbox = SandboxProvider.load("graal")
                        .create(SandboxConfig.of(runtime.lanes())
                                .withTypes(runtime.types().types()))) {
            FileSystemCatalog catalog = FileSystemCatalog.open(dir.resolve("catalog"), PlatformPolicy.permissive());
            JsExtensions.publishAll(catalog);
            DefaultRoomExtensions rooms = DefaultRoomExtensions.newBuilder()
                    .runtime(runtime)
                    .sandbox(sandbox)
                    .catalog(catalog)
                    .state(store)
                    .build();
            List<RoomId> ids = new ArrayList<>();
            for (int i = 0; i < roomCount; i++) {
                RoomId id = RoomId.of("soak-" + i);
                JsExtensions.installAll(rooms, id, "soak");
                ids.add(id);
            }
            load(runtime, ids);
        }
        return this;
    }

    private void load(BanterRuntime runtime, List<RoomId> rooms) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long gap = TimeUnit.SECONDS.toNanos(1) / rate;
        long nextSample = start;
        long due = start;
        for (long n = 0; System.nanoTime() < end; n++) {
            if (System.nanoTime() >= nextSample) {
                sample((System.nanoTime() - start) / 1e9);
                nextSample += period.toNanos();
                due = System.nanoTime(); // the sample's GC is not load to catch up on
            }
            RoomId room = rooms.get((int) (n % rooms.size()));
            runtime.submit(message(n, room)).whenComplete((out, failure) -> record(out));
            sent.incrementAndGet();
            due += gap;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        sample((System.nanoTime() - start) / 1e9);
    }

    private void record(Outcome out) {
        if (out == null) {
            return;
        }
        if (out.message().type().equals(BuiltinTypes.TIP) && out.delivered()) {
            acked.add(Long.parseLong(out.message().payload(BuiltinTypes.TIP).note()));
        } else if (!out.delivered() && out.status() != Outcome.Status.REJECTED) {
            refused.incrementAndGet();
        }
    }

    private static Message message(long n, RoomId room) {
        User user = User.viewer("viewer" + n % 97);
        return switch ((int) (n % 10)) {
            case 0 -> Message.of(BuiltinTypes.TIP, room, user, new Tip(n % 50 + 1, Long.toString(n), false));
            case 1 -> Message.of(BuiltinTypes.USER_ENTER, room, user, UserEnter.INSTANCE);
            case 2 -> Message.of(BuiltinTypes.CHAT_MESSAGE, room, user, new ChatMessage("!roll 2d6"));
            case 3 -> Message.of(BuiltinTypes.CHAT_MESSAGE, room, user, new ChatMessage("WHY IS NOBODY TALKING"));
            default -> Message.of(BuiltinTypes.CHAT_MESSAGE, room, user, new ChatMessage("hello there " + n));
        };
    }

    private void sample(double seconds) {
        samples.add(SoakWatch.sampleNow(seconds));
    }

    /**
     * After the first third (warm-up): no heap trend beyond the tolerance, no thread or fd growth ({@link
     * SoakWatch#judge}), no tip lost or seen twice.
     */
    void assertHealthy() {
        var trends = SoakWatch.judge(period.toSeconds(), samples, 0);
        assertThat(trends.problems())
                .as("heap, thread and open-file trends: %s", this)
                .isEmpty();
        assertThat(trends.passed()).isTrue();
        assertThat(duplicates.get()).as("tips seen twice").isZero();
        assertThat(seen).as("acknowledged tips the host observer saw").containsAll(acked);
        assertThat(acked).as("acknowledged tips").isNotEmpty();
    }

    long gcPauseP99Millis() {
        synchronized (gcPauses) {
            return gcPauses.getValueAtPercentile(99);
        }
    }

    @Override
    public String toString() {
        List<SoakSample> steady = samples.subList(samples.size() / 3, samples.size());
        return String.format(
                "soak %ds at %d/s over %d rooms: %d sent, %d refused, %d tips acknowledged, %d duplicates;"
                        + " heap after GC %d..%d MB (steady slope %.1f KB/s); threads %d..%d; open files %d..%d;"
                        + " GC pause p99 %d ms, max %d ms",
                duration.toSeconds(),
                rate,
                roomCount,
                sent.get(),
                refused.get(),
                acked.size(),
                duplicates.get(),
                samples.stream().mapToLong(SoakSample::heapAfterGcKiB).min().orElse(0) >> 10,
                samples.stream().mapToLong(SoakSample::heapAfterGcKiB).max().orElse(0) >> 10,
                steady.isEmpty() ? 0 : SoakWatch.slopeBytesPerSecond(steady) / 1024,
                samples.stream().mapToInt(SoakSample::threads).min().orElse(0),
                samples.stream().mapToInt(SoakSample::threads).max().orElse(0),
                samples.stream().mapToLong(SoakSample::openFiles).min().orElse(0),
                samples.stream().mapToLong(SoakSample::openFiles).max().orElse(0),
                gcPauseP99Millis(),
                gcPauses.getMaxValue());
    }
}
