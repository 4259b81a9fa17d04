package dev.banter.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.core.internal.DefaultBanterRuntimeFactory;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

class CoreModuleTest {

    @Test
    void module_exportsOnlyTheHostPackagesAndProvidesTheFactory() throws Exception {
        ModuleDescriptor module = ModuleDescriptors.of(DefaultBanterRuntimeFactory.class);

        assertThat(module.name()).isEqualTo("dev.banter.core");
        assertThat(module.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(
                        "dev.banter.core.extension", "dev.banter.core.state", "dev.banter.core.time");
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(module.opens()).isEmpty();
        assertThat(module.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("dev.banter.api.spi.BanterRuntimeFactory");
            assertThat(p.providers()).containsExactly(DefaultBanterRuntimeFactory.class.getName());
        });
    }
}
