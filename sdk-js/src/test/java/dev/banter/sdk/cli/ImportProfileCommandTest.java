package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportProfileCommandTest {

    @TempDir
    Path tmp;

    @Test
    void importCb_writesAProjectThatValidatesAndTests() {
        Path out = tmp.resolve("tipper");

        Cli.Run run = Cli.run("import-cb", "src/test/resources/cb/tipper.js", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("tipper@1.0.0")
                .contains("tip]")
                .contains("notice")
                .contains("2 settings");
        assertThat(out.resolve("banter.json"))
                .content()
                .contains("\"api\": \"cb/1\"")
                .contains("\"goal\"");
        assertThat(Cli.run("validate", out.toString()).code()).isZero();
        Cli.Run test = Cli.run("test", out.toString());
        assertThat(test.code()).as(test.out()).isZero();
    }

    @Test
    void importCb_missingFile_isAUsageError() {
        Cli.Run run = Cli.run("import-cb", tmp.resolve("nope.js").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nope.js");
    }

    @Test
    void profile_reportsHandlersAndLimits() {
        Path project = Cli.fixture("tipgoal", tmp);

        Cli.Run run = Cli.run(
                "profile", project.toString(), "--events", "src/test/resources/golden/tipgoal-events.jsonl", "--json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("\"extension\":\"tipgoal@1.0.0\"")
                .contains("\"events\":8")
                .contains("\"ext:tipgoal\":{\"calls\":")
                .contains("\"notice-rate\":{\"unit\":\"per minute\"")
                .contains("\"kv-total\":")
                .contains("\"violations\":{}");
    }

    @Test
    void profile_text_showsTheTable() {
        Path project = Cli.fixture("tipgoal", tmp);
        Cli.Run run =
                Cli.run("profile", project.toString(), "--events", "src/test/resources/golden/tipgoal-events.jsonl");
        assertThat(run.out())
                .contains("handler ext:tipgoal")
                .contains("recommended")
                .contains("no limit was broken");
    }
}
