package dev.banter.api.message;

/**
 * The JSON shape of one payload field.
 *
 * @since 0.1
 */
public enum FieldType {
    /** A JSON string; Java {@link String}. Bounded by {@link FieldSpec#min()} and {@link FieldSpec#max()} in chars. */
    STRING,
    /** A JSON integer; Java {@link Long}. Bounded by {@link FieldSpec#min()} and {@link FieldSpec#max()}. */
    INTEGER,
    /** A JSON boolean; Java {@link Boolean}. */
    BOOLEAN,
    /** A JSON string from {@link FieldSpec#allowed()}; Java {@link String}. */
    ENUM,
    /**
     * A JSON array of strings; Java {@code List<String>}. {@link FieldSpec#max()} bounds the item count; each item is
     * at most {@link FieldSpec#MAX_STRING} chars.
     */
    STRING_LIST
}
