package dev.banter.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.banter.tck.wrong.LosingStoreCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TckRunnerTest {

    @TempDir
    Path reports;

    @Test
    void run_writesJUnitXmlAndASummaryBySection() throws Exception {
        TckRunner.Report report = TckRunner.run(
                reports,
                List.of(
                        selectClass(InMemoryStoreVerificationTest.class),
                        selectMethod(LosingStoreCase.class, "required_spec9_11_historiesMatchASortedMap")));

        assertThat(report.testsFound()).isEqualTo(12);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(1);
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("TEST-junit-jupiter.xml", "tck-summary.md");
        }
        assertThat(Files.readString(reports.resolve("TEST-junit-jupiter.xml")))
                .contains("required_spec9_1_getAnswersTheLatestPut", "<failure");
        String summary = Files.readString(report.summary());
        assertThat(summary)
                .contains("11 rules checked: 9 passed, 1 failed, 1 skipped (12 tests).")
                .contains("| 9. State durability and quotas | 9 | 1 | 1 |")
                .contains(
                        "## Failed",
                        "- **9.11** MUST `LosingStoreCase.required_spec9_11_historiesMatchASortedMap`: [spec 9.11")
                .contains("## Skipped", "- **9.10** MUST `InMemoryStoreVerificationTest.required_spec9_10");
    }
}
