package dev.banter.sdk.harness;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the durations of scenario files and of {@code banter run}: one or more whole numbers, each
 * followed by a unit ({@code ms}, {@code s}, {@code m}, {@code h}), largest unit first, each unit at most once:
 * {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h30m}, {@code 0s}. At most 366 days.
 *
 * @since 0.4
 */
public final class Durations {

    /** The longest duration accepted. */
    public static final Duration MAX = Duration.ofDays(366);

    private static final Pattern FORM =
            Pattern.compile("(?:(\\d{1,7})h)?(?:(\\d{1,9})m(?!s))?(?:(\\d{1,11})s)?(?:(\\d{1,13})ms)?");

    /** What the parser expects, for error messages. */
    static final String EXPECTED = "a duration such as 500ms, 30s, 5m or 1h30m (units h, m, s, ms; at most 366 days)";

    private Durations() {}

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException naming the text, if it is not such a duration or longer than {@link #MAX}
     */
    public static Duration parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", got \"" + text + "\"");
        }
        Duration d = Duration.ZERO;
        d = d.plusHours(number(m.group(1)));
        d = d.plusMinutes(number(m.group(2)));
        d = d.plusSeconds(number(m.group(3)));
        d = d.plusMillis(number(m.group(4)));
        if (d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", got \"" + text + "\"");
        }
        return d;
    }

    /**
     * Writes a duration in the form {@link #parse} reads, largest units first: {@code 1h30m}, {@code 1500ms} is
     * {@code 1s500ms}, zero is {@code 0s}. {@code parse(format(d))} equals {@code d} for every whole-millisecond
     * duration from zero to {@link #MAX}.
     *
     * @throws IllegalArgumentException if {@code d} is negative, longer than {@link #MAX} or not whole milliseconds
     */
    public static String format(Duration d) {
        Objects.requireNonNull(d, "d");
        if (d.isNegative() || d.compareTo(MAX) > 0 || d.toNanosPart() % 1_000_000 != 0) {
            throw new IllegalArgumentException("a duration of whole milliseconds from 0 to 366 days, got " + d);
        }
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        long hours = d.toHours();
        append(b, hours, "h");
        append(b, d.toMinutesPart(), "m");
        append(b, d.toSecondsPart(), "s");
        append(b, d.toMillisPart(), "ms");
        return b.toString();
    }

    private static void append(StringBuilder b, long n, String unit) {
        if (n > 0) {
            b.append(n).append(unit);
        }
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
