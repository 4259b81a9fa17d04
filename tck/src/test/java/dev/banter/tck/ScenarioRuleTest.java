package dev.banter.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.banter.tck.wrong.RudeGreeterCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Rule 14.6: the extension's scenario files run through the SDK's scenario runner, one dynamic test each. */
class ScenarioRuleTest {

    private static final String RULE = "recommended_spec14_6_scenariosPass";

    @TempDir
    Path reports;

    private static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(testClass, RULE))
                .execute();
    }

    private static String messageOf(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class)
                .getThrowable()
                .orElseThrow()
                .getMessage();
    }

    @Test
    void wrongExtension_failsTheRule_withTheRunnersDiff() {
        List<Event> failed = run(RudeGreeterCase.class).testEvents().failed().list();

        assertThat(failed).hasSize(1);
        assertThat(failed.getFirst().getTestDescriptor().getDisplayName()).isEqualTo("scenarios/hello.yaml");
        assertThat(messageOf(failed.getFirst()))
                .startsWith("spec 14.6 (SHOULD: the extension's scenario files")
                .contains("): scenario 'hello greets the user'\nFAIL hello greets the user")
                .contains(
                        "FAIL hello greets the user (scenarios/hello.yaml)",
                        "step 1, scenarios/hello.yaml:3: chat bob {body=!hello}",
                        "notices:",
                        "expected: [{text: \"Hello, bob!\"}]",
                        "actual:   [{notice: {text: \"Go away, bob.\"}}]");
    }

    @Test
    void goodExtension_runsOneTestPerScenarioFile() {
        EngineExecutionResults results = run(GreeterExtensionTest.class);

        assertThat(results.testEvents().succeeded().list())
                .extracting(e -> e.getTestDescriptor().getDisplayName())
                .containsExactly("scenarios/hello.yaml");
        assertThat(results.testEvents().failed().list()).isEmpty();
    }

    /** The hook points at scenario files elsewhere: they run against the extension, named as given. */
    static class ElsewhereCase extends GreeterExtensionTest {
        static final Path FILE = RudeGreeterCase.DIR.resolve("scenarios/hello.yaml");

        @Override
        protected List<Path> scenarios() {
            return List.of(FILE);
        }
    }

    @Test
    void scenariosHook_canPointElsewhere() {
        EngineExecutionResults results = run(ElsewhereCase.class);

        assertThat(results.testEvents().succeeded().list())
                .extracting(e -> e.getTestDescriptor().getDisplayName())
                .containsExactly(ElsewhereCase.FILE.toString());
    }

    /** The hook answers null: the rule is skipped. */
    static class NoScenariosCase extends GreeterExtensionTest {
        @Override
        protected @Nullable List<Path> scenarios() {
            return null;
        }
    }

    @Test
    void scenariosHook_returningNull_skipsTheRuleWithAReason() {
        List<Event> aborted =
                run(NoScenariosCase.class).containerEvents().aborted().list();

        assertThat(aborted)
                .singleElement()
                .satisfies(e -> assertThat(messageOf(e)).contains("scenarios() returns null"));
    }

    /** An extension without a scenarios directory: skipped, saying what to add. */
    static class NoScenarioFilesCase extends GreeterExtensionTest {
        @Override
        protected Path extensionDirectory() {
            return Path.of("src/test/resources/extensions/greeter/scenarios");
        }
    }

    @Test
    void extensionWithoutScenarioFiles_skipsTheRule_sayingWhatToAdd() {
        List<Event> aborted =
                run(NoScenarioFilesCase.class).containerEvents().aborted().list();

        assertThat(aborted)
                .singleElement()
                .satisfies(e -> assertThat(messageOf(e)).contains("no scenario files in", "add scenarios/*.yaml"));
    }

    @Test
    void summary_listsEachScenarioUnderItsRule() throws Exception {
        TckRunner.Report report = TckRunner.run(reports, List.of(selectMethod(RudeGreeterCase.class, RULE)));

        assertThat(report.failed()).isEqualTo(1);
        assertThat(Files.readString(report.summary()))
                .contains("1 rules checked: 0 passed, 1 failed, 0 skipped (1 tests).")
                .contains(
                        "- **14.6** SHOULD `RudeGreeterCase.recommended_spec14_6_scenariosPass[scenarios/hello.yaml]`:"
                                + " spec 14.6 (SHOULD:");
        assertThat(report.tests())
                .singleElement()
                .satisfies(t -> assertThat(t.message()).contains("Go away, bob."));
    }
}
