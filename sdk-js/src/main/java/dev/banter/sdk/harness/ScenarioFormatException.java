package dev.banter.sdk.harness;

import java.util.Objects;

/**
 * A scenario file (or a line of a recorded event stream) that cannot be read: it names the file, line and column,
 * the key and the value, and says what was expected there.
 *
 * <p>Example: {@code scenarios/goal.yaml:7:9: steps[1].advance: expected a duration such as 500ms, 30s, 5m or 1h,
 * got "5 minutes"}.
 *
 * @since 0.4
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String key;
    private final String value;
    private final String expected;

    ScenarioFormatException(Node.Location at, String key, String value, String expected) {
        super(at + ": " + key + ": expected " + expected + ", got " + value);
        this.file = at.file();
        this.line = at.line();
        this.column = at.column();
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    /** The file, as given to the loader. */
    public String file() {
        return file;
    }

    /** The 1-based line of the offending key or value. */
    public int line() {
        return line;
    }

    /** The 1-based column of the offending key or value. */
    public int column() {
        return column;
    }

    /** The path of the offending key, such as {@code steps[2].tip.amount}. */
    public String key() {
        return key;
    }

    /** The offending value as written (quoted when it is a string, cut to 80 chars). */
    public String value() {
        return value;
    }

    /** What was expected there. */
    public String expected() {
        return expected;
    }
}
