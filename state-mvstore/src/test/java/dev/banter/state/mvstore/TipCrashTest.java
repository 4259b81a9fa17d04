package dev.banter.state.mvstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.spi.StateScope;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Kills a JVM that counts tips on an {@link MvStoreStateStore} with SIGKILL at random points, restarts it on the same
 * file, and checks that every tip it acknowledged before a kill is counted exactly once.
 */
class TipCrashTest {

    private static final int ROUNDS = 4;
    private static final StateScope SCOPE = new StateScope(TipCrashChild.EXTENSION, TipCrashChild.ROOM);

    @Test
    void killedMidStream_everyAcknowledgedTipIsCountedExactlyOnce() throws Exception {
        Path dir = MvStoreStateStoreTest.newDirectory();
        Path file = dir.resolve("tips.mv.db");
        Random random = new Random();
        Set<Long> acked = new ConcurrentSkipListSet<>();
        long next = 1;
        for (int round = 0; round < ROUNDS; round++) {
            int target = acked.size() + 20 + random.nextInt(150);
            runAndKill(next, file, dir.resolve("child-" + round + ".log"), acked, target, random.nextInt(30));
            assertThat(acked).as("acknowledged tips after round %d", round).hasSizeGreaterThanOrEqualTo(target);
            next = acked.stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            checkCountedOnce(file, acked);
        }
    }

    /** Runs the child until it acknowledged {@code target} tips in all, waits {@code extraMillis}, and kills it. */
    private static void runAndKill(long first, Path file, Path log, Set<Long> acked, int target, int extraMillis)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Dpolyglot.engine.WarnInterpreterOnly=false",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        TipCrashChild.class.getName(),
                        Long.toString(first),
                        file.toString())
                .redirectError(log.toFile())
                .start();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> read(child, acked, failure));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acked.size() < target && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(extraMillis);
            assertThat(child.isAlive())
                    .as("the child is running; its log: %s", tail(log))
                    .isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        // lines the child printed before it died are acknowledgements too
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(failure.get()).as("a tip failed in the child").isNull();
    }

    private static void read(Process child, Set<Long> acked, AtomicReference<String> failure) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acked.add(Long.parseLong(line.substring(4)));
                } else if (line.startsWith("failed ")) {
                    failure.compareAndSet(null, line);
                }
            }
        } catch (Exception e) {
            // the child was killed mid-line: what was read is all there is
        }
    }

    private static void checkCountedOnce(Path file, Set<Long> acked) {
        try (MvStoreStateStore store = MvStoreStateStore.open(file)) {
            List<Long> recorded = store.keys(SCOPE).stream()
                    .filter(k -> k.startsWith("tip:"))
                    .map(k -> Long.parseLong(k.substring(4)))
                    .toList();
            assertThat(recorded).as("recorded tips").containsAll(acked);
            long total = 0;
            for (long id : recorded) {
                assertThat(store.get(SCOPE, "tip:" + id)).contains(Long.toString(TipCrashChild.amount(id)));
                total += TipCrashChild.amount(id);
            }
            assertThat(store.get(SCOPE, "count")).as("count").contains(Integer.toString(recorded.size()));
            assertThat(store.get(SCOPE, "total")).as("total").contains(Long.toString(total));
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }
}
