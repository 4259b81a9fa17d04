package dev.banter.sdk.harness;

import java.util.Objects;

/**
 * One problem found in a project, at a position in one of its files.
 *
 * @param file the file, relative to the project ({@code banter.json}, {@code main.js})
 * @param line 1-based
 * @param column 1-based
 * @param message what is wrong, naming the key or code and the value
 * @since 0.4
 */
public record Diagnostic(String file, int line, int column, String message) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:col: message}, the form editors and CI logs link to. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
