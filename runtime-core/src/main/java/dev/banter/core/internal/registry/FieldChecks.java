package dev.banter.core.internal.registry;

import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.MessageFormatException;

/**
 * The bounds of a {@link FieldSpec}, in one place for the decoder and the payload validator.
 *
 * <p>The predicates allocate nothing; the descriptions and exceptions are built only once a value has failed. An
 * optional field holding its default always fits, so that a payload whose absent field was defaulted encodes and
 * decodes again even when the default lies outside the field's bounds.
 */
final class FieldChecks {

    private FieldChecks() {}

    static long maxLength(FieldSpec field) {
        return Math.min(field.max(), FieldSpec.MAX_STRING);
    }

    static boolean stringFits(FieldSpec field, String value) {
        int n = value.length();
        return (n >= field.min() && n <= maxLength(field)) || (!field.required() && n == 0);
    }

    static boolean integerFits(FieldSpec field, long value) {
        return (value >= field.min() && value <= field.max())
                || (!field.required() && value == (Long) field.defaultValue());
    }

    static boolean enumFits(FieldSpec field, String value) {
        return field.allowed().contains(value);
    }

    static boolean listSizeFits(FieldSpec field, int size) {
        return (size >= field.min() && size <= field.max()) || (!field.required() && size == 0);
    }

    static boolean itemFits(String item) {
        return item.length() <= FieldSpec.MAX_STRING;
    }

    /** What a field's value must be, phrased for {@link MessageFormatException}. */
    static String expected(FieldSpec field) {
        return switch (field.type()) {
            case STRING -> "expected string of " + field.min() + ".." + maxLength(field) + " chars";
            case INTEGER -> "expected integer " + field.min() + ".." + field.max();
            case BOOLEAN -> "expected boolean";
            case ENUM -> "expected one of " + String.join(", ", field.allowed());
            case STRING_LIST -> "expected array of " + field.min() + ".." + field.max() + " strings";
        };
    }

    static String expectedItem() {
        return "expected string of at most " + FieldSpec.MAX_STRING + " chars";
    }

    static MessageFormatException mismatch(String path, FieldSpec field, String value) {
        return new MessageFormatException(path, value, expected(field));
    }

    static MessageFormatException missing(FieldSpec field) {
        return new MessageFormatException("payload." + field.name(), "nothing", expected(field) + " (required)");
    }
}
