package dev.banter.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The portal's module exports only its entry point and provides the CLI plugin. */
class ModuleDescriptorTest {

    @Test
    void descriptor_exportsThePortalAndProvidesTheCommand() throws IOException {
        Path classes = Path.of(
                Portal.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("dev.banter.portal");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.banter.portal");
        assertThat(d.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("dev.banter.sdk.cli.CommandPlugin");
            assertThat(p.providers()).containsExactly(PortalPlugin.class.getName());
        });
    }

    @Test
    void plugin_addsThePortalCommandToBanter() {
        var out = new java.io.StringWriter();
        var cl = dev.banter.sdk.cli.Banter.commandLine(
                InputStream.nullInputStream(), new java.io.PrintWriter(out), new java.io.PrintWriter(out), false);
        assertThat(cl.getSubcommands()).containsKey("portal");
        assertThat(cl.execute("portal", "--help")).isZero();
        assertThat(out.toString()).contains("--port").contains("--catalog").contains("--workspace");
        out.getBuffer().setLength(0);
        assertThat(cl.execute("portal", "--bind", "8.8.8.8", "--port", "0")).isEqualTo(2);
        assertThat(out.toString()).contains("loopback");
    }
}
