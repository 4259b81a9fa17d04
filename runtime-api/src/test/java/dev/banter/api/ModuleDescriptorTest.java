package dev.banter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws Exception {
        Path classes = Path.of(BanterRuntime.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void module_exportsExactlyThePublicContract() throws Exception {
        ModuleDescriptor module = descriptor();

        assertThat(module.name()).isEqualTo("dev.banter.api");
        Set<String> exports =
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exports)
                .containsExactlyInAnyOrder(
                        "dev.banter.api",
                        "dev.banter.api.action",
                        "dev.banter.api.extension",
                        "dev.banter.api.handler",
                        "dev.banter.api.message",
                        "dev.banter.api.metrics",
                        "dev.banter.api.room",
                        "dev.banter.api.sandbox",
                        "dev.banter.api.spi",
                        "dev.banter.api.types");
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(module.uses())
                .containsExactlyInAnyOrder(
                        "dev.banter.api.spi.BanterRuntimeFactory", "dev.banter.api.sandbox.SandboxProvider");
    }

    @Test
    void module_dependsOnNothingButTheJdkAtRunTime() throws Exception {
        ModuleDescriptor module = descriptor();

        Set<String> runtimeRequires = module.requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        assertThat(runtimeRequires).containsExactly("java.base");
    }

    @Test
    void newBuilder_withoutAnEngine_saysHowToFixIt() {
        assertThatThrownBy(BanterRuntime::newBuilder)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No BanterRuntimeFactory found")
                .hasMessageContaining("banter-runtime-core");
    }
}
