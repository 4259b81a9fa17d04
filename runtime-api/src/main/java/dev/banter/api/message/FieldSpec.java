package dev.banter.api.message;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a {@link PayloadSchema}: its JSON name, shape, whether it is required, and its bounds.
 *
 * <p>The codec and the payload validator enforce exactly what a field spec says and nothing else, and the JSON Schema
 * published for a type is generated from the same specs.
 *
 * @param name the JSON property name: lower camel case, {@code [a-z][A-Za-z0-9]*}
 * @param type the JSON shape
 * @param required whether the property must be present; an absent optional field decodes to its default
 * @param min the smallest value ({@link FieldType#INTEGER}) or length ({@link FieldType#STRING})
 * @param max the largest value, length or item count
 * @param allowed the values of an {@link FieldType#ENUM}; empty otherwise
 * @since 0.1
 */
public record FieldSpec(String name, FieldType type, boolean required, long min, long max, List<String> allowed) {

    /** The longest string any field may hold, in chars, unless its spec says less. */
    public static final int MAX_STRING = 65_536;

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /**
     * Validates the spec.
     *
     * @throws IllegalArgumentException if the name is not lower camel case, {@code min > max}, or an enum has no values
     */
    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        allowed = List.copyOf(allowed);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("field name must match [a-z][A-Za-z0-9]*: '" + name + "'");
        }
        if (min > max) {
            throw new IllegalArgumentException("field '" + name + "': min " + min + " > max " + max);
        }
        if (type == FieldType.ENUM && allowed.isEmpty()) {
            throw new IllegalArgumentException("enum field '" + name + "' needs at least one allowed value");
        }
        if (type != FieldType.ENUM && !allowed.isEmpty()) {
            throw new IllegalArgumentException("field '" + name + "' of type " + type + " cannot list allowed values");
        }
    }

    /** A required string of {@code 0..maxLength} chars. */
    public static FieldSpec string(String name, int maxLength) {
        return new FieldSpec(name, FieldType.STRING, true, 0, maxLength, List.of());
    }

    /** A required string of {@code minLength..maxLength} chars. */
    public static FieldSpec string(String name, int minLength, int maxLength) {
        return new FieldSpec(name, FieldType.STRING, true, minLength, maxLength, List.of());
    }

    /** A required integer in {@code min..max}. */
    public static FieldSpec integer(String name, long min, long max) {
        return new FieldSpec(name, FieldType.INTEGER, true, min, max, List.of());
    }

    /** A required boolean. */
    public static FieldSpec bool(String name) {
        return new FieldSpec(name, FieldType.BOOLEAN, true, 0, 0, List.of());
    }

    /** A required string that is one of {@code values}. */
    public static FieldSpec oneOf(String name, String... values) {
        return new FieldSpec(name, FieldType.ENUM, true, 0, 0, List.of(values));
    }

    /** A required list of at most {@code maxItems} strings. */
    public static FieldSpec stringList(String name, int maxItems) {
        return new FieldSpec(name, FieldType.STRING_LIST, true, 0, maxItems, List.of());
    }

    /** This spec, but optional: absent means the type's default ({@code ""}, {@code 0}, {@code false}, empty list). */
    public FieldSpec optional() {
        return new FieldSpec(name, type, false, min, max, allowed);
    }

    /** The value an absent optional field decodes to. */
    public Object defaultValue() {
        return switch (type) {
            case STRING -> "";
            case INTEGER -> Math.max(0L, min);
            case BOOLEAN -> Boolean.FALSE;
            case ENUM -> allowed.getFirst();
            case STRING_LIST -> List.of();
        };
    }
}
