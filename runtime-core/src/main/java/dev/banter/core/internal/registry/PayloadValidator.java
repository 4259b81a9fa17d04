package dev.banter.core.internal.registry;

import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.message.PayloadSchema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks payloads built in Java against their type's schema, with the same bounds the codec applies to decoded ones.
 *
 * <p>The engine calls {@link #validate} on every submit of a message the host built in Java, so the check allocates
 * nothing beyond the values array the schema's extractor returns. It is stateless and thread-safe.
 */
public final class PayloadValidator {

    private PayloadValidator() {}

    /**
     * Checks {@code payload} against {@code type}'s schema.
     *
     * @throws MessageFormatException at path {@code payload} if the payload is not of the type's payload class or its
     *     extractor returns the wrong number of values, or at {@code payload.<field>} (or {@code payload.<field>[i]}
     *     for a list item) naming the first field whose value is of the wrong Java type or out of its bounds
     */
    public static void validate(MessageType<?> type, Payload payload) {
        PayloadSchema<?> schema = type.schema();
        if (!schema.payloadType().isInstance(payload)) {
            throw new MessageFormatException(
                    "payload",
                    payload.getClass().getSimpleName(),
                    "expected a " + schema.payloadType().getSimpleName() + " for type " + type);
        }
        checkValues(type, schema.valuesOf(payload));
    }

    /** Checks the values a schema's extractor returned; the codec's encoder calls this before writing them. */
    static void checkValues(MessageType<?> type, Object @Nullable [] values) {
        List<FieldSpec> fields = type.schema().fields();
        if (values == null || values.length != fields.size()) {
            throw new MessageFormatException(
                    "payload",
                    values == null ? "null" : values.length + " values",
                    "expected " + fields.size() + " values from the extractor of " + type);
        }
        for (int i = 0; i < values.length; i++) {
            checkValue(fields.get(i), values[i]);
        }
    }

    private static void checkValue(FieldSpec field, @Nullable Object value) {
        boolean fits = switch (field.type()) {
            case STRING -> value instanceof String s && FieldChecks.stringFits(field, s);
            case INTEGER -> value instanceof Long l && FieldChecks.integerFits(field, l);
            case BOOLEAN -> value instanceof Boolean;
            case ENUM -> value instanceof String s && FieldChecks.enumFits(field, s);
            case STRING_LIST -> value instanceof List<?> list && listFits(field, list);
        };
        if (!fits) {
            throw FieldChecks.mismatch("payload." + field.name(), field, describe(value));
        }
    }

    private static boolean listFits(FieldSpec field, List<?> list) {
        int size = list.size();
        if (!FieldChecks.listSizeFits(field, size)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!(list.get(i) instanceof String item)) {
                return false;
            }
            if (!FieldChecks.itemFits(item)) {
                throw new MessageFormatException(
                        "payload." + field.name() + "[" + i + "]", Quoting.quote(item), FieldChecks.expectedItem());
            }
        }
        return true;
    }

    private static String describe(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return Quoting.quote(s);
        }
        if (value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.size() + " items";
        }
        return Quoting.cut(value.getClass().getSimpleName() + " " + value);
    }
}
