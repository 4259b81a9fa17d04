package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.ScenarioResult;
import dev.banter.sdk.harness.ScenarioRunner;
import dev.banter.sdk.harness.Scenarios;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario file of every example project passes on the production engine, as {@code banter test} runs it. */
class ExampleScenariosTest {

    static Stream<Arguments> scenarios() {
        return ExampleProjectsTest.PROJECTS.stream().flatMap(name -> {
            Path dir = ProjectRoom.PROJECTS.resolve(name);
            List<Path> files = Scenarios.files(dir);
            return files.stream().map(f -> Arguments.of(name, dir.relativize(f).toString()));
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenarios")
    void scenario_passes(String project, String file) {
        Path dir = ProjectRoom.PROJECTS.resolve(project);

        ScenarioResult result = ScenarioRunner.run(ExtensionProject.load(dir), Scenarios.load(dir.resolve(file)));

        assertThat(result.passed()).as(result.report()).isTrue();
    }
}
