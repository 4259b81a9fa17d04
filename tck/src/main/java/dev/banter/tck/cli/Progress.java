package dev.banter.tck.cli;

import java.io.PrintWriter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** One line on stderr per finished test while {@code banter tck} runs, when stderr is a terminal. */
final class Progress implements TestExecutionListener {

    private final PrintWriter err;
    private final boolean enabled;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (enabled && test.isTest()) {
            err.println("  " + result.getStatus() + " " + test.getDisplayName());
            err.flush();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (enabled) {
            err.println("  SKIPPED " + test.getDisplayName());
            err.flush();
        }
    }
}
