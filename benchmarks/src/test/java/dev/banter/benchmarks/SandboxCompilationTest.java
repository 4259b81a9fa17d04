package dev.banter.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.examples.Workloads;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tests run with the flags SandboxBenchmark forks with; with them, guest code must run compiled. */
class SandboxCompilationTest {

    @Test
    void benchmarkFlags_pointAtTheCompilerJars_andAreTheFlagsOfThisJvm() {
        String prefix = "--upgrade-module-path=";
        Path dir = Path.of(Jit.UPGRADE_MODULE_PATH.substring(prefix.length()));
        assertThat(dir).isDirectoryContaining("glob:**/compiler-*.jar");
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .contains(Jit.UNLOCK, Jit.ENABLE_JVMCI, Jit.UPGRADE_MODULE_PATH);
    }

    @Test
    void sandbox_andRawGraal_runCompiled() {
        try (Sandbox sandbox = SandboxProvider.load("graal").create(SandboxConfig.of(2))) {
            assertThat(sandbox.executionMode()).isEqualTo(ExecutionMode.COMPILED);
        }
        try (RawGraal raw = new RawGraal(Workloads.W1_WORDFILTER)) {
            assertThat(raw.executionMode()).isEqualTo(ExecutionMode.COMPILED);
        }
    }
}
