package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CpuSplitTest {

    @Test
    void groupOf_sortsTheJvmsThreadsByWhatTheyDo() {
        assertThat(CpuSplit.groupOf("banter-1-lane-0")).isEqualTo("lanes");
        assertThat(CpuSplit.groupOf("GC Thread#1")).isEqualTo("gc");
        assertThat(CpuSplit.groupOf("G1 Conc#0")).isEqualTo("gc");
        assertThat(CpuSplit.groupOf("ZWorkerYoung#0")).isEqualTo("gc");
        assertThat(CpuSplit.groupOf("ZDriverMinor")).isEqualTo("gc");
        assertThat(CpuSplit.groupOf("ZDirector")).isEqualTo("gc");
        assertThat(CpuSplit.groupOf("Shenandoah Cont")).isEqualTo("gc");
        assertThat(CpuSplit.groupOf("Zebra")).isEqualTo("other");
        assertThat(CpuSplit.groupOf("C2 CompilerThre")).isEqualTo("compiler");
        assertThat(CpuSplit.groupOf("TruffleCompiler")).isEqualTo("compiler");
        assertThat(CpuSplit.groupOf("java")).isEqualTo("other");
        assertThat(CpuSplit.groupOf("banter-sandbox-")).isEqualTo("other");
    }

    @Property(tries = 200)
    void parse_readsUserPlusSystemTime_whateverTheThreadsName(
            @ForAll @StringLength(max = 15) String name,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long user,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long system) {
        String stat =
                "4242 (" + name + ") S 1 1 0 0 -1 4194624 77 0 0 0 " + user + " " + system + " 0 0 20 0 31 0 123 0 0";

        CpuSplit.Ticks ticks = CpuSplit.parse(stat);

        assertThat(ticks).isNotNull();
        assertThat(ticks.ticks()).isEqualTo(user + system);
    }

    @Test
    void parse_otherShapes_areNull() {
        assertThat(CpuSplit.parse("")).isNull();
        assertThat(CpuSplit.parse("12 (x) S 1 2 3")).isNull();
        assertThat(CpuSplit.parse("12 (x) S 1 2 3 4 5 6 7 8 9 10 eleven 12 13")).isNull();
    }

    @Test
    void cores_ofThisThreadBurningCpu_showAsTheGenerator() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        long me = CpuSplit.currentThreadId();
        assertThat(me).isPositive();
        CpuSplit.Reading before = CpuSplit.read(me);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[4096];
        long end = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < end) {
            md.update(buffer);
        }
        Map<String, Double> cores = CpuSplit.cores(before, CpuSplit.read(me));

        assertThat(cores.keySet()).containsExactlyElementsOf(CpuSplit.GROUPS);
        assertThat(cores.get("generator")).isBetween(0.5, 1.2);
        assertThat(cores.get("lanes")).isZero();
    }
}
