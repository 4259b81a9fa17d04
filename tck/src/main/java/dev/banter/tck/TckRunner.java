package dev.banter.tck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs verification classes outside a build tool, for CI: JUnit XML reports ({@code TEST-*.xml}) and
 * {@code tck-summary.md} in a reports directory, and an exit code of 1 if a rule failed.
 *
 * <pre>
 * java -cp "$CLASSPATH" dev.banter.tck.TckRunner --reports target/tck com.example.MyRuntimeTest com.example.MyStoreTest
 * </pre>
 *
 * @since 0.4
 */
public final class TckRunner {

    private TckRunner() {}

    /**
     * What one run found.
     *
     * @param testsFound the tests the JUnit Platform found
     * @param failed the tests that failed
     * @param skipped the tests that were skipped or aborted
     * @param summary the summary file
     * @param tests every finished test that checks a rule, with its result and full message
     */
    public record Report(
            long testsFound, long failed, long skipped, Path summary, List<TckSummaryListener.RuleTest> tests) {

        public Report {
            tests = List.copyOf(tests);
        }
    }

    /**
     * Runs the named test classes.
     *
     * @param args {@code [--reports DIR] class...}; the default directory is {@code target/tck-reports}
     */
    public static void main(String... args) throws Exception {
        Path reports = Path.of("target", "tck-reports");
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--reports") && i + 1 < args.length) {
                reports = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                throw new IllegalArgumentException(
                        "unknown option " + args[i] + "; usage: TckRunner [--reports DIR]" + " class...");
            } else {
                classes.add(args[i]);
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException(
                    "name at least one test class; usage: TckRunner [--reports DIR] class...");
        }
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String name : classes) {
            selectors.add(selectClass(Class.forName(name)));
        }
        Report report = run(reports, selectors);
        System.out.println(Files.readString(report.summary()));
        System.exit(report.failed() == 0 ? 0 : 1);
    }

    /**
     * Runs what the selectors select, writing XML reports and the summary into {@code reports}.
     *
     * @throws java.io.IOException if the directory cannot be made
     */
    public static Report run(Path reports, List<DiscoverySelector> selectors) throws java.io.IOException {
        return run(reports, selectors, Map.of());
    }

    /**
     * Runs what the selectors select with these JUnit Platform configuration parameters, writing XML reports and the
     * summary into {@code reports}; {@code more} listeners see the run too (progress output, for example).
     *
     * @throws java.io.IOException if the directory cannot be made
     */
    public static Report run(
            Path reports,
            List<DiscoverySelector> selectors,
            Map<String, String> configuration,
            TestExecutionListener... more)
            throws java.io.IOException {
        Files.createDirectories(reports);
        Path summaryFile = reports.resolve("tck-summary.md");
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameters(configuration)
                .build();
        SummaryGeneratingListener counts = new SummaryGeneratingListener();
        TckSummaryListener summary = new TckSummaryListener(summaryFile);
        PrintWriter log = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Launcher launcher = LauncherFactory.create();
        List<TestExecutionListener> listeners =
                new ArrayList<>(List.of(counts, summary, new LegacyXmlReportGeneratingListener(reports, log)));
        listeners.addAll(List.of(more));
        launcher.execute(request, listeners.toArray(TestExecutionListener[]::new));
        var s = counts.getSummary();
        return new Report(
                s.getTestsFoundCount(),
                s.getTotalFailureCount(),
                s.getTestsSkippedCount() + s.getTestsAbortedCount(),
                summaryFile,
                summary.tests());
    }
}
