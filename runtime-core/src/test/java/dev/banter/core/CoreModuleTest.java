package dev.banter.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.core.internal.DefaultBanterRuntimeFactory;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CoreModuleTest {

    @Test
    void module_exportsItsHostPackagesAndProvidesTheFactory() throws Exception {
        Path classes = Path.of(DefaultBanterRuntimeFactory.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertThat(module.name()).isEqualTo("dev.banter.core");
        assertThat(module.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("dev.banter.core.time");
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(module.opens()).isEmpty();
        assertThat(module.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("dev.banter.api.spi.BanterRuntimeFactory");
            assertThat(p.providers()).containsExactly(DefaultBanterRuntimeFactory.class.getName());
        });
    }
}
