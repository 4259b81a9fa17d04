package dev.banter.sdk.harness;

import java.util.Objects;

/**
 * One expectation a scenario run did not meet.
 *
 * @param step the 1-based step number, 0 for the final check
 * @param line the line of the step (or of {@code final}) in its file
 * @param description what the step did, such as {@code tip carol {amount=60, ...}}
 * @param key the expectation's key: {@code verdict}, {@code notices}, {@code kv.total} ...
 * @param expected what was expected, as text
 * @param actual what happened, as text
 * @since 0.4
 */
public record Mismatch(int step, int line, String description, String key, String expected, String actual) {
    public Mismatch {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }
}
