package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewCommandTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"bot", "app", "cb1"})
    void new_thenValidateThenTest_passes(String template) throws Exception {
        Cli.Run created = Cli.run("new", "demo", "--template", template, "--dir", tmp.toString());
        assertThat(created.code()).as(created.err()).isZero();
        Path demo = tmp.resolve("demo");
        assertThat(demo.resolve("jsconfig.json")).content().contains("types/*.d.ts");
        assertThat(demo.resolve("types/banter.d.ts")).exists();

        Cli.Run validate = Cli.run("validate", demo.toString());
        assertThat(validate.code()).as(validate.out() + validate.err()).isZero();

        Cli.Run test = Cli.run("test", demo.toString());
        assertThat(test.code()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("1 scenario: 1 passed, 0 failed");
    }

    @Test
    void new_badName_isAUsageError() {
        Cli.Run run = Cli.run("new", "Not An Id", "--dir", tmp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("NAME: expected an extension id").contains("\"Not An Id\"");
    }

    @Test
    void new_existingDirectory_failsWithoutTouchingIt() throws Exception {
        Files.createDirectories(tmp.resolve("demo"));
        Cli.Run run = Cli.run("new", "demo", "--dir", tmp.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("exists already");
    }
}
