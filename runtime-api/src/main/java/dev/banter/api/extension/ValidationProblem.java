package dev.banter.api.extension;

import java.util.Objects;

/**
 * One thing wrong with a manifest, a settings schema or settings values.
 *
 * @param path where, as a JSON path into the document: {@code version}, {@code settings[2].default},
 *     {@code values.goal}
 * @param value the offending value as text, cut to 80 chars; {@code "missing"} when there is none
 * @param expected what was expected there, such as {@code an integer 1..1000000}
 * @since 0.2
 */
public record ValidationProblem(String path, String value, String expected) {

    public ValidationProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expected, "expected");
    }

    /** {@code path: expected <expected>, got <value>}. */
    public String describe() {
        return path + ": expected " + expected + ", got " + value;
    }

    @Override
    public String toString() {
        return describe();
    }
}
