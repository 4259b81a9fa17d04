package dev.banter.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module exports only the verification package and registers its summary listener and its CLI command. */
class TckModuleTest {

    @Test
    void descriptor_exportsTheVerificationsOnly() throws Exception {
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("dev.banter.tck");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.banter.tck");
        assertThat(d.opens())
                .extracting(ModuleDescriptor.Opens::source)
                .containsExactlyInAnyOrder("dev.banter.tck", "dev.banter.tck.cli");
        assertThat(d.provides())
                .extracting(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers)
                .containsExactlyInAnyOrder(
                        tuple(
                                "org.junit.platform.launcher.TestExecutionListener",
                                List.of(TckSummaryListener.class.getName())),
                        tuple("dev.banter.sdk.cli.CommandPlugin", List.of("dev.banter.tck.cli.TckPlugin")));
        assertThat(d.requires())
                .extracting(ModuleDescriptor.Requires::name)
                .contains(
                        "dev.banter.api",
                        "dev.banter.core",
                        "dev.banter.sdk",
                        "org.junit.jupiter.api",
                        "org.assertj.core");
    }

    @Test
    void serviceFile_mirrorsTheCommandPlugin() throws Exception {
        assertThat(Files.readString(Path.of("target/classes/META-INF/services/dev.banter.sdk.cli.CommandPlugin"))
                        .strip())
                .isEqualTo("dev.banter.tck.cli.TckPlugin");
    }
}
