package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class BanterTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"new", "validate", "test", "run", "replay", "pack", "publish", "profile", "import-cb"})
    void help_everyCommand_hasExamplesAndExitCodes(String command) {
        Cli.Run run = Cli.run(command, "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("Usage: banter " + command)
                .contains("Examples:")
                .contains("Exit codes: 0 ok");
    }

    @Test
    void unknownOption_isUsageError() {
        Cli.Run run = Cli.run("test", "--frobnicate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--frobnicate");
    }

    @Test
    void noCommand_isUsageError() {
        assertThat(Cli.run().code()).isEqualTo(2);
    }

    @Test
    void plugin_fromServiceLoader_isACommand() {
        Cli.Run run = Cli.run("hello-plugin", "world");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualToIgnoringNewLines("hello world");
    }

    @Test
    void test_failingScenario_printsDiffAndJunitXmlIsWellFormed() throws Exception {
        Path project = Cli.fixture("tipgoal", tmp);
        Files.writeString(project.resolve("scenarios/wrong.yaml"), """
                name: a wrong expectation
                steps:
                  - tip: { user: bob, amount: 5 }
                    expect:
                      subject: "Goal: 6/100"
                      notices: [ { text: "/Thank you .*!/", to: alice } ]
                """);
        Path xml = tmp.resolve("reports/banter.xml");

        Cli.Run run = Cli.run("test", project.toString(), "--junit", xml.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL a wrong expectation (scenarios/wrong.yaml)")
                .contains("step 1, scenarios/wrong.yaml:3: tip bob")
                .contains("expected: \"Goal: 6/100\"")
                .contains("actual:   \"Goal: 5/100\"")
                .contains("2 scenarios: 1 passed, 1 failed");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).contains("Goal: 5/100");
    }

    @Test
    void test_json_reportsEachScenario() {
        Cli.Run run = Cli.run("test", Cli.fixture("tipgoal", tmp).toString(), "--json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\"extension\":\"tipgoal@1.0.0\",\"passed\":true,\"scenarios\":[");
    }

    @Test
    void test_badScenarioFile_namesFileLineColumnKeyAndValue() throws Exception {
        Path project = Cli.fixture("tipgoal", tmp);
        Files.writeString(project.resolve("scenarios/bad.yaml"), "steps:\n  - advance: 5 minutes\n");

        Cli.Run run = Cli.run("test", project.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains("scenarios/bad.yaml:2:14: steps[0].advance: expected a duration")
                .contains("\"5 minutes\"");
    }

    @Test
    void validate_examplesShippedWithTheProject_areValid() throws Exception {
        Path examples = Path.of(System.getProperty("banter.examples", "../examples/extensions"));
        List<Path> projects;
        try (Stream<Path> dirs = Files.list(examples)) {
            projects = dirs.filter(d -> Files.isRegularFile(d.resolve("banter.json")))
                    .sorted()
                    .toList();
        }
        assertThat(projects).hasSizeGreaterThanOrEqualTo(10);
        for (Path project : projects) {
            Cli.Run run = Cli.run("validate", project.toString(), "--json");
            assertThat(run.code()).as("%s: %s", project, run.out()).isZero();
            assertThat(run.out()).isEqualToIgnoringNewLines("{\"valid\":true,\"problems\":[]}");
        }
    }
}
