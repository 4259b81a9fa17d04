package dev.banter.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module exports only the verification package and registers its summary listener. */
class TckModuleTest {

    @Test
    void descriptor_exportsTheVerificationsOnly() throws Exception {
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("dev.banter.tck");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.banter.tck");
        assertThat(d.opens()).extracting(ModuleDescriptor.Opens::source).containsExactly("dev.banter.tck");
        assertThat(d.provides())
                .singleElement()
                .satisfies(p -> assertThat(p.providers()).containsExactly(TckSummaryListener.class.getName()));
        assertThat(d.requires())
                .extracting(ModuleDescriptor.Requires::name)
                .contains("dev.banter.api", "dev.banter.core", "org.junit.jupiter.api", "org.assertj.core");
    }
}
