package dev.banter.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TestEnvironmentTest {

    @Test
    void of_defaultsToTenSecondsUnscaled() {
        TestEnvironment env = TestEnvironment.of(Map.of(), p -> null);
        assertThat(env.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(env.scale()).isEqualTo(1.0);
    }

    @Test
    void of_scalesTheTimeout_variablesBeforeProperties() {
        TestEnvironment env = TestEnvironment.of(
                Map.of("BANTER_TCK_TIMEOUT_SCALE", "3"),
                p -> p.equals("banter.tck.timeoutScale") ? "7" : p.equals("banter.tck.timeoutMs") ? "2000" : null);
        assertThat(env.timeout()).isEqualTo(Duration.ofSeconds(6));
        assertThat(env.scaled(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void of_rejectsANonPositiveScale_namingTheVariableAndValue() {
        assertThatThrownBy(() -> TestEnvironment.of(Map.of("BANTER_TCK_TIMEOUT_SCALE", "slow"), p -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BANTER_TCK_TIMEOUT_SCALE must be a positive number, got 'slow'");
        assertThatThrownBy(() -> TestEnvironment.of(Map.of(), p -> p.equals("banter.tck.timeoutMs") ? "-5" : null))
                .hasMessage("banter.tck.timeoutMs must be a positive number, got '-5'");
    }

    @Test
    void await_failsNamingWhatAndTheTimeout() {
        TestEnvironment env = new TestEnvironment(Duration.ofMillis(20), 1);
        assertThatThrownBy(() -> env.await(new CompletableFuture<>(), "the outcome of m-1"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("20 ms for the outcome of m-1")
                .hasMessageContaining("BANTER_TCK_TIMEOUT_SCALE");
        assertThat(env.await(CompletableFuture.completedFuture("ok"), "x")).isEqualTo("ok");
    }
}
