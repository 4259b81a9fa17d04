package dev.banter.state.mvstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.core.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

class MvStoreModuleTest {

    @Test
    void module_exportsOnlyTheStorePackage() throws Exception {
        ModuleDescriptor module = ModuleDescriptors.of(MvStoreStateStore.class);

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
