package dev.banter.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.sdk.cli.Banter;
import dev.banter.tck.wrong.RudeGreeterCase;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code banter tck} end to end through the CLI's picocli command line, the plugin found by ServiceLoader. */
class TckCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int banter(String... args) {
        return Banter.commandLine(
                        new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), false)
                .execute(args);
    }

    @Test
    void tck_onTheDiceExample_passes_andWritesJUnitXmlAndTheSummary() throws Exception {
        Path junit = tmp.resolve("reports/tck.xml");
        Path summary = tmp.resolve("reports/tck.md");

        int code = banter(
                "tck",
                "--extension",
                ExampleExtensions.dir("dice").toString(),
                "--nondeterministic",
                "rolls with Math.random",
                "--junit",
                junit.toString(),
                "--summary",
                summary.toString());

        assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
        assertThat(out.toString())
                .contains("# Banter TCK summary", "6 rules checked: 5 passed, 0 failed, 1 skipped")
                .contains("| 14. Extensions | 5 | 0 | 1 |")
                .contains("- **14.5** SHOULD", "rolls with Math.random")
                .doesNotContain("## Failure details");
        assertThat(Files.readString(junit))
                .contains("<testsuite", "required_spec14_1_manifestIsValid", "scenarios/roll.yaml")
                .doesNotContain("<failure");
        assertThat(Files.readString(summary)).startsWith("# Banter TCK summary");
    }

    @Test
    void tck_onAnExtensionThatMissesItsScenario_exits1_withTheDiff() {
        int code = banter("tck", "--extension", RudeGreeterCase.DIR.toString());

        assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(1);
        assertThat(out.toString())
                .contains("## Failed", "- **14.6** SHOULD")
                .contains("## Failure details", "FAIL hello greets the user (scenarios/hello.yaml)")
                .contains("Hello, bob!", "Go away, bob.");
    }

    @Test
    void tck_onADirectoryWithoutAManifest_isAUsageError_namingOptionAndValue() {
        int code = banter("tck", "--extension", tmp.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--extension: '" + tmp + "' has no banter.json");
    }

    @Test
    void tck_withoutTheExtensionOption_isAUsageError() {
        assertThat(banter("tck")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--extension=DIR'");
    }

    @Test
    void help_listsTheCommand_andItsOwnHelpHasExamplesAndExitCodes() {
        assertThat(banter("--help")).isZero();
        assertThat(out.toString()).contains("tck");

        out.getBuffer().setLength(0);
        assertThat(banter("tck", "--help")).isZero();
        assertThat(out.toString())
                .contains("Usage: banter tck", "--extension=DIR", "--junit=FILE", "--summary=FILE")
                .contains("Examples:", "Exit codes: 0");
    }
}
