package dev.banter.sdk.harness;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds where a manifest problem's JSON path ({@code settings[0].max}, {@code limits.deadline}, {@code $}) is in the
 * text of {@code banter.json}, so it can be reported as {@code banter.json:line:col}.
 *
 * @since 0.4
 */
public final class ManifestPositions {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");
    private static final Pattern SOURCE_POSITION = Pattern.compile("^(.+):(\\d+):(\\d+)$");

    private ManifestPositions() {}

    /**
     * The problem as a diagnostic: at its value in {@code manifestJson} when the path is there, else at the
     * nearest enclosing value that is (a missing key is reported at its object), else at 1:1. A path that is
     * already {@code file:line:col} (the static checks) is kept as it is.
     *
     * @param manifestJson the text of banter.json, or null if it could not be read
     */
    public static Diagnostic locate(@Nullable String manifestJson, ValidationProblem problem) {
        String message = problem.path() + ": expected " + problem.expected() + ", got " + problem.value();
        Matcher src = SOURCE_POSITION.matcher(problem.path());
        if (src.matches()) {
            return new Diagnostic(
                    src.group(1),
                    Integer.parseInt(src.group(2)),
                    Integer.parseInt(src.group(3)),
                    "expected " + problem.expected() + ", got " + problem.value());
        }
        Node.Location at = position(manifestJson, problem.path());
        return new Diagnostic(ExtensionManifest.FILE_NAME, at.line(), at.column(), message);
    }

    private static Node.Location position(@Nullable String json, String path) {
        Node.Location start = new Node.Location(ExtensionManifest.FILE_NAME, 1, 1);
        if (json == null) {
            return start;
        }
        Node node;
        try {
            node = NodeReader.json(json, ExtensionManifest.FILE_NAME, 1);
        } catch (ScenarioFormatException e) {
            return new Node.Location(ExtensionManifest.FILE_NAME, e.line(), e.column());
        }
        if (node == null) {
            return start;
        }
        Node.Location best = node.at();
        for (Object segment : segments(path)) {
            Node next = null;
            if (segment instanceof String key
                    && node instanceof Node.Mapping m
                    && m.entries().containsKey(key)) {
                Node.Entry e = m.entries().get(key);
                next = e.value();
            } else if (segment instanceof Integer i
                    && node instanceof Node.Sequence s
                    && i < s.items().size()) {
                next = s.items().get(i);
            }
            if (next == null) {
                break;
            }
            node = next;
            best = next.at();
        }
        return best;
    }

    private static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        if (path.equals("$")) {
            return out;
        }
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
        }
        return out;
    }
}
