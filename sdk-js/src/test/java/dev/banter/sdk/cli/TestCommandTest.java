package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    @TempDir
    Path tmp;

    @Test
    void test_passingScenario_exitsZero() {
        Path project = Cli.fixture("tipgoal", tmp);

        Cli.Run run = Cli.run("test", project.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("PASS goal reached thanks the tipper")
                .contains("1 scenario: 1 passed, 0 failed");
        assertThat(run.code()).isZero();
    }
}
