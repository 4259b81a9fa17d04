package dev.banter.api.message;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of room event: its name and version, the schema of its payload, how it flows through a chain and what may
 * happen to it under overload.
 *
 * <p>Types are registered once, when the runtime is built, and are immutable. Two types are the same when their
 * name and version are equal. The built-in ones are in {@link dev.banter.api.types.BuiltinTypes}; a host adds its own
 * with {@code BanterRuntime.Builder#registerType}.
 *
 * @param <P> the payload record
 * @param name dotted lower-case name, for example {@code chat.message}; at most 64 chars
 * @param version the payload schema's version, from 1
 * @param schema the payload schema
 * @param flow how handlers see messages of this type
 * @param delivery what overload may do to them
 * @param coalescing which pending message a newer one may replace; only for {@link Delivery#BEST_EFFORT}
 * @since 0.1
 */
public record MessageType<P extends Payload>(
        String name, int version, PayloadSchema<P> schema, Flow flow, Delivery delivery, Coalescing coalescing) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    /**
     * Validates the type.
     *
     * @throws IllegalArgumentException if the name is malformed or longer than 64 chars, the version is below 1, or a
     *     critical type declares coalescing
     */
    public MessageType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(coalescing, "coalescing");
        if (name.length() > 64 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "message type name must be dotted lower case (like 'chat.message'), at most 64 chars: '" + name
                            + "'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("message type '" + name + "': version must be >= 1, was " + version);
        }
        if (delivery == Delivery.CRITICAL && coalescing != Coalescing.NONE) {
            throw new IllegalArgumentException(
                    "message type '" + name + "' is CRITICAL and so cannot coalesce (" + coalescing + ")");
        }
    }

    /** A version-1 type with no coalescing. */
    public static <P extends Payload> MessageType<P> of(
            String name, PayloadSchema<P> schema, Flow flow, Delivery delivery) {
        return new MessageType<>(name, 1, schema, flow, delivery, Coalescing.NONE);
    }

    /** This type with another coalescing rule. */
    public MessageType<P> withCoalescing(Coalescing rule) {
        return new MessageType<>(name, version, schema, flow, delivery, rule);
    }

    /** Same name and version. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MessageType<?> other && name.equals(other.name) && version == other.version;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + version;
    }

    @Override
    public String toString() {
        return name + "/v" + version;
    }
}
