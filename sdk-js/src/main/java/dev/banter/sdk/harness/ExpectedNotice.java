package dev.banter.sdk.harness;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A notice a scenario expects: its text, exactly or as a {@code /regular expression/} that must match all of it,
 * and optionally its recipient ({@code to}, a user name) or group ({@code group}, such as {@code moderators}).
 *
 * @param text the exact text, or {@code /regex/}
 * @param to the user it must be sent to, or null not to check
 * @param group the group it must be sent to, or null not to check
 * @since 0.4
 */
public record ExpectedNotice(
        String text, @Nullable String to, @Nullable String group) {

    public ExpectedNotice {
        Objects.requireNonNull(text, "text");
        pattern(text);
    }

    /**
     * The pattern of a {@code /regex/} text, or null for an exact text.
     *
     * @throws IllegalArgumentException if the regular expression does not compile
     */
    static @Nullable Pattern pattern(String text) {
        if (text.length() < 2 || !text.startsWith("/") || !text.endsWith("/")) {
            return null;
        }
        try {
            return Pattern.compile(text.substring(1, text.length() - 1), Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("a regular expression that compiles (" + e.getDescription() + ")");
        }
    }

    /** Whether {@code actual} (as {@link ActionViews#scenarioView} of a notice) fits. */
    boolean matches(ActionViews.View actual) {
        if (!actual.kind().equals("notice")) {
            return false;
        }
        String actualText = String.valueOf(actual.fields().getOrDefault("text", ""));
        Pattern p = pattern(text);
        boolean textOk =
                p == null ? text.equals(actualText) : p.matcher(actualText).matches();
        return textOk
                && (to == null || to.equals(actual.fields().get("to")))
                && (group == null || group.equals(actual.fields().get("group")));
    }

    @Override
    public String toString() {
        return "{text: \"" + text + "\"" + (to == null ? "" : ", to: " + to)
                + (group == null ? "" : ", group: " + group) + "}";
    }
}
