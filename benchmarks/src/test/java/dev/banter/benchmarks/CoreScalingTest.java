package dev.banter.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreScalingTest {

    @Test
    void measure_runsEveryKernelOnOneThreadAndOnN_andPrintsTheRatios() throws InterruptedException {
        List<CoreScaling.Scaling> results = CoreScaling.measure(0.05, 2, 1 << 16);

        assertThat(results).extracting(CoreScaling.Scaling::kernel).isEqualTo(CoreScaling.KERNELS);
        for (CoreScaling.Scaling r : results) {
            assertThat(r.threads()).isEqualTo(2);
            assertThat(r.oneThread()).as(r.kernel()).isPositive();
            assertThat(r.allThreads()).as(r.kernel()).isPositive();
            assertThat(r.ratio()).isEqualTo(r.allThreads() / r.oneThread());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CoreScaling.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), results);
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table.lines()).hasSize(2 + CoreScaling.KERNELS.size());
        assertThat(table).contains("| sha | ", "| reads | ", "| alloc | ", " | 2 | ");
    }

    @Test
    void arguments_outOfRange_areRefusedWithTheValue() {
        assertThat(CoreScaling.seconds("2.5")).isEqualTo(2.5);
        assertThat(CoreScaling.threads("4")).isEqualTo(4);
        assertThatThrownBy(() -> CoreScaling.seconds("0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--seconds")
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> CoreScaling.seconds(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was null");
        assertThatThrownBy(() -> CoreScaling.threads("1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--threads")
                .hasMessageContaining("was 1");
        assertThatThrownBy(() -> CoreScaling.threads("two"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was two");
        assertThatThrownBy(() -> CoreScaling.measure(0.01, 2, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 1000");
    }
}
