package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The build runs these tests with the JIT flags of {@code banter.jit.args}; this proves they still work. */
class CompilationTest {

    @Test
    void sandbox_runsCompiled_underTheBuildsJvmFlags() {
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .as("surefire must pass the JIT flags")
                .contains("-XX:+EnableJVMCI");
        try (Sandbox sandbox = SandboxProvider.load("graal").create(SandboxConfig.of(1))) {
            assertThat(sandbox.executionMode()).isEqualTo(ExecutionMode.COMPILED);
            assertThat(sandbox.provider()).isEqualTo("graal");
        }
    }

    @Test
    void provider_describesItself() {
        SandboxProvider provider = SandboxProvider.load("graal");

        assertThat(provider.dialects()).containsExactlyInAnyOrder("banter/1", "cb/1", "cb/2");
        assertThat(provider.enforcedLimits())
                .contains(LimitKind.DEADLINE, LimitKind.STATEMENTS, LimitKind.ALLOCATION)
                .doesNotContain(LimitKind.STACK);
        assertThat(SandboxProvider.available())
                .extracting(SandboxProvider::name)
                .containsExactly("graal");
    }
}
