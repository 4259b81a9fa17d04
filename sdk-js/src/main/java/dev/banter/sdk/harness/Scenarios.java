package dev.banter.sdk.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Loads scenario files ({@code scenarios/*.yaml}) and recorded event streams ({@code .jsonl}, one step per line).
 * The format is described in {@code docs/scenarios.md}; every error is a {@link ScenarioFormatException} naming
 * the file, line, column, key and value.
 *
 * @since 0.4
 */
public final class Scenarios {

    private Scenarios() {}

    /**
     * Loads one scenario file; it is named in messages as {@code file} is written.
     *
     * @throws ScenarioFormatException if the file is not a valid scenario
     * @throws UncheckedIOException naming the file, if it cannot be read
     */
    public static Scenario load(Path file) {
        return parse(read(file), file.toString());
    }

    /**
     * Reads a scenario from YAML text.
     *
     * @param file how to name it in messages; the default scenario name is its last segment without {@code .yaml}
     * @throws ScenarioFormatException if the text is not a valid scenario
     */
    public static Scenario parse(String yaml, String file) {
        Objects.requireNonNull(yaml, "yaml");
        String base = Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return ScenarioParser.scenario(NodeReader.yaml(yaml, file), file, base);
    }

    /**
     * Loads every {@code scenarios/*.yaml} (and {@code .yml}) of a project, in file-name order, each named in
     * messages relative to the project ({@code scenarios/goal.yaml}).
     *
     * @return the scenarios; empty if there is no {@code scenarios} directory
     * @throws ScenarioFormatException for the first file that is not a valid scenario
     */
    public static List<Scenario> loadAll(Path projectDir) {
        List<Scenario> out = new ArrayList<>();
        for (Path file : files(projectDir)) {
            out.add(parse(read(file), projectDir.relativize(file).toString()));
        }
        return out;
    }

    /** The scenario files of a project, in name order. */
    public static List<Path> files(Path projectDir) {
        Path dir = projectDir.resolve(ExtensionProject.SCENARIOS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Reads a recorded event stream: one JSON object per line, each a step as in a scenario without {@code expect}
     * ({@code {"chat": {"user": "bob", "body": "hi"}}}, {@code {"advance": "5m"}}); blank lines are skipped.
     *
     * @throws ScenarioFormatException naming the line and column of the first bad line
     */
    public static List<Step> parseEvents(String jsonl, String file) {
        List<Step> steps = new ArrayList<>();
        String[] lines = jsonl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Node node = NodeReader.json(lines[i], file, i + 1);
            if (node == null) {
                continue;
            }
            steps.add(ScenarioParser.step(node, "line " + (i + 1), false));
        }
        return steps;
    }

    /**
     * Loads a recorded event stream from a file.
     *
     * @throws ScenarioFormatException naming the line and column of the first bad line
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<Step> loadEvents(Path file) {
        return parseEvents(read(file), file.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
