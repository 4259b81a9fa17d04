package dev.banter.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs the machine's command-line tools (node, npm, tsc) from tests, which skip when a tool is missing. */
final class Commands {

    private Commands() {}

    /** What a command printed (stdout and stderr together) and its exit code; -1 when it timed out. */
    record Run(int code, String output) {
        String tail() {
            return output.length() > 600 ? output.substring(output.length() - 600) : output;
        }
    }

    /** The executable {@code command} on the PATH, if there is one. */
    static Optional<String> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    static Run run(Path dir, long timeoutSeconds, String... command) throws Exception {
        return run(dir, timeoutSeconds, Map.of(), command);
    }

    /** Runs {@code command} in {@code dir} with {@code env} added to this JVM's environment. */
    static Run run(Path dir, long timeoutSeconds, Map<String, String> env, String... command) throws Exception {
        Path log = Files.createTempFile("command", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process p = builder.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
