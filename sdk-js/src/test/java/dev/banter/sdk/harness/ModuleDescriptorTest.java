package dev.banter.sdk.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void module_exportsTheHarnessAndTheCliAndUsesPlugins() throws Exception {
        Path classes = Path.of(Scenarios.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertThat(module.name()).isEqualTo("dev.banter.sdk");
        assertThat(module.exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("dev.banter.sdk.harness", "dev.banter.sdk.cli");
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(module.uses()).containsExactly("dev.banter.sdk.cli.CommandPlugin");
    }
}
