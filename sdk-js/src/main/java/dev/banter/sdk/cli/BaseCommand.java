package dev.banter.sdk.cli;

import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.ScenarioFormatException;
import dev.banter.sdk.harness.Scenarios;
import dev.banter.sdk.harness.Step;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: its streams, progress output and reading the project directory. */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Banter root() {
        return (Banter) spec.root().userObject();
    }

    /** A progress line on stderr, only when it is a terminal. */
    void progress(String line) {
        if (root().terminal()) {
            err().println(line);
            err().flush();
        }
    }

    /** The steps of an event stream, or null after printing where it is malformed. */
    List<Step> events(Path file) {
        try {
            return Scenarios.loadEvents(file);
        } catch (ScenarioFormatException e) {
            err().println(e.getMessage());
            return null;
        } catch (UncheckedIOException e) {
            err().println("banter: " + e.getMessage());
            return null;
        }
    }

    /** Creates the directory {@code file} goes into. */
    static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** The project in {@code dir}, or null after printing its problems as {@code file:line:col: message}. */
    ExtensionProject project(Path dir) {
        try {
            return ExtensionProject.load(dir);
        } catch (ValidationException e) {
            for (ValidationProblem p : e.problems()) {
                err().println(Diagnostics.ofManifest(dir, p).format());
            }
            return null;
        } catch (UncheckedIOException e) {
            err().println("banter: " + e.getMessage());
            return null;
        }
    }
}
