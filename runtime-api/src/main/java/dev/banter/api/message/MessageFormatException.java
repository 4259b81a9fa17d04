package dev.banter.api.message;

import java.util.Objects;

/**
 * A message, or a payload value, that does not fit its type: unknown type, unknown or wrong-typed field, value out of
 * bounds, body too large, or bytes that are not JSON at all.
 *
 * <p>The message names the field by its JSON path and quotes the bad value (cut to 80 chars), for example
 * {@code payload.amount: expected integer 1..1000000, got "ten"}. Decoding never fails with any other exception.
 *
 * @since 0.1
 */
public final class MessageFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param path the JSON path of the offending field, {@code $} for the document itself
     * @param value the offending value as text, cut to 80 chars
     * @param problem what is wrong, phrased as what was expected
     */
    public MessageFormatException(String path, String value, String problem) {
        super(path + ": " + problem + ", got " + Objects.requireNonNull(value, "value"));
        this.path = Objects.requireNonNull(path, "path");
        this.value = value;
    }

    /** The JSON path of the offending field, such as {@code payload.amount} or {@code sender.roles[2]}. */
    public String path() {
        return path;
    }

    /** The offending value as text, cut to 80 chars. */
    public String value() {
        return value;
    }
}
