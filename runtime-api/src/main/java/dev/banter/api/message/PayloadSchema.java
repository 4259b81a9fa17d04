package dev.banter.api.message;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Describes a payload record field by field, and how to build one from field values and take one apart again.
 *
 * <p>The codec reads JSON properties into an array ordered like {@link #fields()}, checks every value against its
 * {@link FieldSpec}, and calls {@link #create}; encoding calls {@link #values} and writes them in field order. No
 * reflection is involved, so hosts define their own types the same way the built-in ones are defined:
 *
 * {@snippet :
 * record Gift(String item, long count) implements Payload {}
 *
 * PayloadSchema<Gift> schema = PayloadSchema.of(Gift.class,
 *         List.of(FieldSpec.string("item", 1, 64), FieldSpec.integer("count", 1, 1000)),
 *         v -> new Gift((String) v[0], (Long) v[1]),
 *         g -> new Object[] {g.item(), g.count()});
 * }
 *
 * @param <P> the payload record
 * @param payloadType the payload record's class
 * @param fields the fields, in the order {@code create} receives them and {@code values} returns them
 * @param factory builds a payload from values that already passed their specs; it may throw
 *     {@link IllegalArgumentException} for cross-field rules
 * @param extractor returns a payload's field values in field order
 * @since 0.1
 */
public record PayloadSchema<P extends Payload>(
        Class<P> payloadType, List<FieldSpec> fields, Function<Object[], P> factory, Function<P, Object[]> extractor) {

    /**
     * Validates the schema.
     *
     * @throws IllegalArgumentException if two fields share a name
     */
    public PayloadSchema {
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(extractor, "extractor");
        fields = List.copyOf(fields);
        Set<String> names = new HashSet<>();
        for (FieldSpec field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException(
                        "duplicate field '" + field.name() + "' in schema of " + payloadType.getName());
            }
        }
    }

    /** Creates a schema; see the class documentation for an example. */
    public static <P extends Payload> PayloadSchema<P> of(
            Class<P> payloadType,
            List<FieldSpec> fields,
            Function<Object[], P> factory,
            Function<P, Object[]> extractor) {
        return new PayloadSchema<>(payloadType, fields, factory, extractor);
    }

    /** A schema for a payload without fields, always {@code instance}. */
    public static <P extends Payload> PayloadSchema<P> empty(Class<P> payloadType, P instance) {
        return new PayloadSchema<>(payloadType, List.of(), v -> instance, p -> new Object[0]);
    }

    /** Builds a payload from values ordered like {@link #fields()}. */
    public P create(Object[] values) {
        return factory.apply(values);
    }

    /** Returns the payload's field values ordered like {@link #fields()}. */
    public Object[] values(P payload) {
        return extractor.apply(payload);
    }

    /**
     * Returns the values of {@code payload}, which must be of this schema's payload type.
     *
     * @throws IllegalArgumentException if it is of another type
     */
    public Object[] valuesOf(Payload payload) {
        if (!payloadType.isInstance(payload)) {
            throw new IllegalArgumentException("payload of type "
                    + payload.getClass().getName() + " does not fit schema of " + payloadType.getName());
        }
        return extractor.apply(payloadType.cast(payload));
    }
}
