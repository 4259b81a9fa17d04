package dev.banter.api.action;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a notice looks: background and text colour as {@code #rrggbb} (or {@code #rgb}), and weight.
 *
 * @param background the background colour, or null for the host's default
 * @param foreground the text colour, or null for the host's default
 * @param weight the font weight
 * @since 0.1
 */
public record NoticeStyle(
        @Nullable String background, @Nullable String foreground, Weight weight) {

    private static final Pattern COLOR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final NoticeStyle PLAIN = new NoticeStyle(null, null, Weight.NORMAL);

    /**
     * Validates the style.
     *
     * @throws IllegalArgumentException if a colour is not {@code #rgb} or {@code #rrggbb}
     */
    public NoticeStyle {
        check("background", background);
        check("foreground", foreground);
        java.util.Objects.requireNonNull(weight, "weight");
    }

    private static void check(String field, @Nullable String color) {
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("notice " + field + " must be #rgb or #rrggbb: '"
                    + (color.length() > 80 ? color.substring(0, 80) : color) + "'");
        }
    }

    /** The host's default look. */
    public static NoticeStyle plain() {
        return PLAIN;
    }

    /** Font weight of a notice. */
    public enum Weight {
        NORMAL,
        BOLD,
        BOLDER
    }
}
