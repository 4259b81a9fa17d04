package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The payload of {@code chat.message}: a chat line a user sent to the room, and how viewers see it.
 *
 * <p>The style fields are what an extension chose for the line (a {@code cb/1} app's {@code background}, {@code c}
 * and {@code f}, a {@code cb/2} app's {@code $message.setBgColor}/{@code setColor}/{@code setFont}); the empty string
 * means the platform's default. They are passed through as given (a CSS colour, a font name), at most
 * {@value #MAX_STYLE} chars each; the host decides how to render them.
 *
 * @param body the text, 1..4096 chars
 * @param background the background colour, or {@code ""} for the default
 * @param color the text colour, or {@code ""} for the default
 * @param font the font, or {@code ""} for the default
 * @since 0.1
 */
public record ChatMessage(String body, String background, String color, String font) implements Payload {

    /** The longest style value, in chars. */
    public static final int MAX_STYLE = 64;

    public ChatMessage {
        Objects.requireNonNull(body, "body");
        background = style("background", background);
        color = style("color", color);
        font = style("font", font);
    }

    /** An unstyled line. */
    public ChatMessage(String body) {
        this(body, "", "", "");
    }

    /** Whether any style field is set. */
    public boolean styled() {
        return !background.isEmpty() || !color.isEmpty() || !font.isEmpty();
    }

    /** This line with another body, its style kept. */
    public ChatMessage withBody(String newBody) {
        return new ChatMessage(newBody, background, color, font);
    }

    /** This line with the given style fields set; a null argument keeps the current value. */
    public ChatMessage withStyle(@Nullable String newBackground, @Nullable String newColor, @Nullable String newFont) {
        return new ChatMessage(
                body,
                newBackground == null ? background : newBackground,
                newColor == null ? color : newColor,
                newFont == null ? font : newFont);
    }

    private static String style(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.length() > MAX_STYLE) {
            throw new IllegalArgumentException(field + " is " + value.length() + " chars, over " + MAX_STYLE + ": '"
                    + value.substring(0, 16) + "...'");
        }
        return value;
    }
}
