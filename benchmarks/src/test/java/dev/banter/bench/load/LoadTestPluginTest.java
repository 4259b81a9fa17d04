package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.sdk.cli.Banter;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code banter loadtest} through the CLI's picocli command line, the plugin found by ServiceLoader. */
class LoadTestPluginTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int banter(String... args) {
        return Banter.commandLine(
                        new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), false)
                .execute(args);
    }

    @Test
    void help_showsTheLoadTestOptions_underBanter() {
        assertThat(banter("loadtest", "--help")).isZero();

        assertThat(out.toString())
                .contains("Usage: banter loadtest", "--scenario", "--rate", "--find-max", "--sweep", "--out");
    }

    @Test
    void banterHelp_listsTheCommand() {
        assertThat(banter("--help")).isZero();

        assertThat(out.toString()).contains("loadtest", "Drive simulated rooms open-loop");
    }

    @Test
    void badOptionValue_isTheCliUsageError_namingOptionAndValue() {
        assertThat(banter("loadtest", "--scenario", "nope", "--quiet")).isEqualTo(2);

        assertThat(err.toString()).contains("--scenario: no preset 'nope'");
    }

    @Test
    void unknownOption_isAUsageError() {
        assertThat(banter("loadtest", "--no-such-option")).isEqualTo(2);

        assertThat(err.toString()).contains("--no-such-option");
    }
}
