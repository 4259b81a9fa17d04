package dev.banter.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateScope;
import dev.banter.state.mvstore.MvStoreStateStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Kills a whole host ({@link CrashChild}: runtime, sandbox, catalog, lifecycle, timers, on MVStore) with SIGKILL at a
 * random moment under load, restarts it on the same directory, and checks after every kill that each acknowledged tip
 * is counted exactly once, that the installations came back through {@code restoreAll()}, and that the repeating
 * timer scheduled in the first run goes on firing in later ones. {@code banter.crash.rounds} rounds (default 20).
 */
class CrashRecoveryTest {

    private static final int ROUNDS = Integer.getInteger("banter.crash.rounds", 20);

    private final Map<RoomId, Set<Long>> acked = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @Test
    void killedAtRandomPoints_countsEveryAcknowledgedTipOnce_restoresInstallations_andResumesTimers() throws Exception {
        Path dir = Files.createTempDirectory("banter-crash");
        Random random = new Random();
        CrashChild.ROOMS.forEach(r -> acked.put(r, new ConcurrentSkipListSet<>()));
        long next = 1;
        List<Integer> ticksByRound = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Round r = runAndKill(next, dir, dir.resolve("child-" + round + ".log"), 200 + random.nextInt(1_600));
            assertThat(failures).as("tips that failed in the child").isEmpty();
            if (round > 0) {
                assertThat(r.restored)
                        .as("installations restored in round %d", round)
                        .isEqualTo(3);
            }
            ticksByRound.add(r.ticks);
            next = acked.values().stream()
                            .flatMap(Set::stream)
                            .mapToLong(Long::longValue)
                            .max()
                            .orElse(next - 1)
                    + 1;
            checkCountedOnce(dir.resolve("state.mv.db"));
        }
        long total = acked.values().stream().mapToLong(Set::size).sum();
        assertThat(total).as("tips acknowledged over %d rounds", ROUNDS).isGreaterThan(ROUNDS);
        // the timer was scheduled once, in round 0; firings in later rounds come from the restored timer
        long laterRoundsWithTicks =
                ticksByRound.stream().skip(1).filter(t -> t > 0).count();
        assertThat(laterRoundsWithTicks)
                .as("restarted rounds in which the restored timer fired: %s", ticksByRound)
                .isGreaterThanOrEqualTo(ROUNDS / 3);
    }

    private record Round(int restored, int ticks) {}

    private Round runAndKill(long first, Path dir, Path log, int killAfterMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Dpolyglot.engine.WarnInterpreterOnly=false",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashChild.class.getName(),
                        Long.toString(first),
                        dir.toString())
                .redirectError(log.toFile())
                .start();
        int[] restored = {-1};
        int[] ticks = {0};
        boolean[] ready = {false};
        Thread reader = Thread.ofPlatform().daemon().start(() -> read(child, restored, ticks, ready));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!readyNow(ready) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(readyNow(ready))
                    .as("the child started; its log: %s", tail(log))
                    .isTrue();
            Thread.sleep(killAfterMillis);
            assertThat(child.isAlive())
                    .as("the child runs; its log: %s", tail(log))
                    .isTrue();
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix
            child.waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10)); // what it printed before it died counts
        synchronized (ready) {
            return new Round(restored[0], ticks[0]);
        }
    }

    private static boolean readyNow(boolean[] ready) {
        synchronized (ready) {
            return ready[0];
        }
    }

    private void read(Process child, int[] restored, int[] ticks, boolean[] ready) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(" ", 3);
                synchronized (ready) {
                    switch (parts[0]) {
                        case "ack" -> acked.get(RoomId.of(parts[1])).add(Long.parseLong(parts[2]));
                        case "restored" -> restored[0] = Integer.parseInt(parts[1]);
                        case "ready" -> ready[0] = true;
                        case "tick" -> ticks[0]++;
                        case "failed" -> failures.add(line);
                        default -> {}
                    }
                }
            }
        } catch (Exception e) {
            // killed mid-line: what was read is all there is
        }
    }

    private void checkCountedOnce(Path file) {
        try (MvStoreStateStore store = MvStoreStateStore.open(file)) {
            for (RoomId room : CrashChild.ROOMS) {
                StateScope scope = new StateScope(CrashChild.EXTENSION, room);
                List<Long> recorded = store.keys(scope).stream()
                        .filter(k -> k.startsWith("tip:"))
                        .map(k -> Long.parseLong(k.substring(4)))
                        .toList();
                assertThat(recorded).as("recorded tips of %s", room).containsAll(acked.get(room));
                long total = recorded.stream().mapToLong(Rig::amount).sum();
                assertThat(store.get(scope, "count"))
                        .as("count of %s", room)
                        .contains(Integer.toString(recorded.size()));
                if (!recorded.isEmpty()) {
                    assertThat(store.get(scope, "total"))
                            .as("total of %s", room)
                            .contains(Long.toString(total));
                }
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }
}
