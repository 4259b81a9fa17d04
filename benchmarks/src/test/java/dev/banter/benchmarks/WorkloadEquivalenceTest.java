package dev.banter.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.examples.Workloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@code banter/1} port against its reference over the same corpus: the port through a real runtime (one room,
 * so the port's per-room kv holds what the reference's one kv holds), the reference's {@code handle} in raw GraalJS in
 * this JVM, and the counts Node.js gave for the same corpus ({@code reference-counts.js}); all three must agree on
 * messages, rejections, bodies returned and their total length, and actions by type.
 *
 * <p>The port runs with the default limits but three: 1 s and 5 s deadlines for invocations and loading, so a slow
 * shared machine cannot fail one, and no practical notice rate, since one room answers all 455 commands of the corpus
 * within seconds.
 *
 * <p>The 50,000-message check takes about 40 s, so it runs only with {@code -Dbanter.workloads.50k=true} (and when
 * {@code node} and the shared workloads are there): {@code ./mvnw -B -o verify -pl benchmarks -am
 * -Dtest=WorkloadEquivalenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dbanter.workloads.50k=true}.
 */
class WorkloadEquivalenceTest {

    static final SandboxLimits LIMITS =
            SandboxLimits.defaults().with(LimitKind.DEADLINE, 1_000).with(LimitKind.NOTICE_RATE, 1_000_000);

    @ParameterizedTest
    @EnumSource(Workloads.class)
    void port_reference_andNode_countTheSame(Workloads workload) {
        Corpus corpus = Corpus.resource(Corpus.DEFAULT);
        Map<String, String> node = expected("reference-10000-42-rooms1.properties", workload);

        Map<String, String> reference = reference(workload, corpus);
        Map<String, String> port = port(workload, corpus);

        System.out.printf(
                "%s over %s (%d messages, 1 room)%n  port      %s%n  reference %s%n  node      %s%n",
                workload.fileName(), Corpus.DEFAULT, corpus.size(), port, reference, node);
        assertThat(reference).isEqualTo(node);
        assertThat(port).isEqualTo(reference);
    }

    /** The 50,000-message corpus of the workloads' README, generated with Node.js when it is there. */
    @Test
    void fiftyThousandMessages_portAndNode_countTheSame(@TempDir Path dir) throws Exception {
        assumeThat(Boolean.getBoolean("banter.workloads.50k"))
                .as("-Dbanter.workloads.50k=true")
                .isTrue();
        Path generator = shared().resolve("workloads/gen_messages.js");
        assumeThat(Files.isRegularFile(generator)).as("%s exists", generator).isTrue();
        Path file = dir.resolve("corpus-50000-42.tsv");
        Process node;
        try {
            node = new ProcessBuilder("node", generator.toString(), "50000", "42")
                    .redirectOutput(file.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            assumeThat(e).as("node is not on the PATH").isNull();
            return;
        }
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).isZero();
        Corpus corpus = Corpus.file(file);
        for (Workloads workload : Workloads.values()) {
            Map<String, String> expected = expected("reference-50000-42-rooms1.properties", workload);
            Map<String, String> port = port(workload, corpus);
            System.out.printf(
                    "%s over node gen_messages.js 50000 42 (1 room)%n  port %s%n  node %s%n",
                    workload.fileName(), port, expected);
            assertThat(port).isEqualTo(expected);
        }
    }

    @Test
    void packedReferences_areTheSharedFiles() throws IOException {
        Path dir = shared().resolve("workloads");
        assumeThat(Files.isDirectory(dir)).as("%s exists", dir).isTrue();
        for (Workloads workload : Workloads.values()) {
            assertThat(RawGraal.reference(workload))
                    .as(workload.fileName())
                    .isEqualTo(Files.readString(dir.resolve(workload.fileName() + ".js")));
        }
    }

    static Map<String, String> port(Workloads workload, Corpus corpus) {
        Counts counts = new Counts();
        try (BanterRooms rooms = new BanterRooms(workload, 1, 2, LIMITS)) {
            rooms.replay(corpus, 0, counts);
            assertThat(rooms.violations()).as("limit violations").isZero();
        }
        return counts.asMap(workload.fileName());
    }

    static Map<String, String> reference(Workloads workload, Corpus corpus) {
        try (RawGraal raw = new RawGraal(workload)) {
            for (int i = 0; i < corpus.size(); i++) {
                raw.handle(corpus.get(i), 0);
            }
            return raw.counts().asMap(workload.fileName());
        }
    }

    static Map<String, String> expected(String resource, Workloads workload) {
        Properties all = new Properties();
        try (InputStream in =
                Objects.requireNonNull(WorkloadEquivalenceTest.class.getResourceAsStream("/" + resource), resource)) {
            all.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> mine = new TreeMap<>();
        String prefix = workload.fileName() + ".";
        for (String key : all.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                mine.put(key, all.getProperty(key));
            }
        }
        return mine;
    }

    static Path shared() {
        return Path.of(System.getProperty("banter.shared", "../../shared"))
                .toAbsolutePath()
                .normalize();
    }
}
