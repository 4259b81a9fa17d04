package dev.banter.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SandboxRatiosTest {

    private static final List<SandboxRatios.Pair> PAIRS = List.of(
            new SandboxRatios.Pair(1, 450_000, 20_000, 500_000, 30_000),
            new SandboxRatios.Pair(3, 2_000_000, 100_000, 8_000_000, 900_000));

    @Test
    void workload_outsideOneToFive_isRefusedByValue() {
        assertThat(SandboxRatios.workload("4")).isEqualTo(4);
        assertThatThrownBy(() -> SandboxRatios.workload("6"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'6'");
        assertThatThrownBy(() -> SandboxRatios.workload("--rounds"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'--rounds'");
    }

    @Test
    void count_belowTheLeastOrNotANumber_isRefusedWithOptionAndValue() {
        assertThat(SandboxRatios.count("--forks", "3", 1)).isEqualTo(3);
        assertThat(SandboxRatios.count("--warmups", "0", 0)).isZero();
        assertThatThrownBy(() -> SandboxRatios.count("--forks", "0", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--forks")
                .hasMessageContaining("'0'");
        assertThatThrownBy(() -> SandboxRatios.count("--warmups", "many", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--warmups")
                .hasMessageContaining("'many'");
    }

    @Test
    void print_showsEachRatioAgainstItsGoal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SandboxRatios.print(PAIRS, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);

        assertThat(table)
                .contains("| w1 | 450,000 ± 20,000 | 500,000 ± 30,000 | 0.90 | >= 0.9 (met) |")
                .contains("| w3 | 2,000,000 ± 100,000 | 8,000,000 ± 900,000 | 0.25 | >= 2.0 |");
    }

    @Test
    void write_recordsEveryPairWithItsRatioAndVerdict(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("nested/ratios.json");
        SandboxRatios.write(PAIRS, out);

        JsonNode rows = JsonMapper.builder().build().readTree(out.toFile()).get("workloads");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("ratio").asDouble()).isEqualTo(0.9);
        assertThat(rows.get(0).get("met").asBoolean()).isTrue();
        assertThat(rows.get(1).get("workload").asInt()).isEqualTo(3);
        assertThat(rows.get(1).get("goal").asDouble()).isEqualTo(2.0);
        assertThat(rows.get(1).get("met").asBoolean()).isFalse();
    }
}
