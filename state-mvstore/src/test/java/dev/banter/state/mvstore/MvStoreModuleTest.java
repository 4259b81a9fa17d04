package dev.banter.state.mvstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MvStoreModuleTest {

    @Test
    void module_exportsOnlyTheStorePackage() throws Exception {
        Path classes = Path.of(MvStoreStateStore.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertThat(module.name()).isEqualTo("dev.banter.state.mvstore");
        assertThat(module.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("dev.banter.state.mvstore");
        assertThat(module.requires())
                .extracting(ModuleDescriptor.Requires::name)
                .contains("dev.banter.api", "com.h2database.mvstore");
        assertThat(module.opens()).isEmpty();
        assertThat(module.provides()).isEmpty();
    }
}
