package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void validate_validProject_exitsZero() {
        Cli.Run run = Cli.run("validate", Cli.fixture("tipgoal", tmp).toString());
        assertThat(run.out()).contains("is valid");
        assertThat(run.code()).isZero();
    }

    @Test
    void validate_badManifest_namesLineAndColumn() {
        Cli.Run run = Cli.run("validate", Cli.fixture("broken", tmp).toString());
        System.out.println(run.out() + run.err());
        assertThat(run.out()).contains("banter.json:4:14: version: expected");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void validate_badCode_namesFileLineAndColumn() {
        Cli.Run run = Cli.run("validate", Cli.fixture("badcode", tmp).toString());
        System.out.println(run.out() + run.err());
        assertThat(run.out()).contains("banter.json:10:26: limits.deadline").contains("main.js:1:");
        assertThat(run.code()).isEqualTo(1);
    }
}
