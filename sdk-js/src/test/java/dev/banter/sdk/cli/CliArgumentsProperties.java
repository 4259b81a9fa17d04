package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary command lines: the CLI answers each with a documented exit code (0, 1 or 2) and, for a usage error, a
 * message; it never fails internally (3) or throws. Commands that write into the working directory ({@code new},
 * {@code pack}, {@code publish}, {@code import-cb}), the interactive {@code run} and the options that name a file to
 * write ({@code --junit}, {@code --record}) are left out, so nothing is written anywhere.
 */
class CliArgumentsProperties {

    private static final List<String> COMMANDS = List.of("validate", "test", "replay", "profile", "help", "--help");
    private static final List<String> OPTIONS = List.of(
            "--json",
            "--events",
            "--strict-time",
            "--help",
            "-h",
            "--version",
            "--template",
            "--nope",
            "-x",
            "--",
            "-");

    @Property(tries = 150)
    void anyCommandLine_getsADocumentedExitCode(@ForAll("commandLines") List<String> args) {
        Cli.Run run = Cli.run(args.toArray(String[]::new));

        assertThat(run.code()).as("exit code of %s; err: %s", args, run.err()).isIn(0, 1, 2);
        if (run.code() == 2) {
            assertThat(run.err()).as("usage error message for %s", args).isNotBlank();
        }
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> command = Arbitraries.oneOf(
                Arbitraries.of(COMMANDS), Arbitraries.strings().ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of(OPTIONS),
                Arbitraries.of("build/missing-project", "target/no-such-dir", "no-such.jsonl", "5m", "-1", "0"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(16),
                Arbitraries.strings().ofMaxLength(8));
        return Combinators.combine(command, word.list().ofMaxSize(5)).as((c, rest) -> {
            List<String> all = new ArrayList<>();
            all.add(c);
            all.addAll(rest);
            return all;
        });
    }
}
