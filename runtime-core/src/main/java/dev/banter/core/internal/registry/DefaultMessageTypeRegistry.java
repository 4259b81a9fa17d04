package dev.banter.core.internal.registry;

import dev.banter.api.message.MessageType;
import dev.banter.api.message.MessageTypeRegistry;
import dev.banter.api.types.BuiltinTypes;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The standard {@link MessageTypeRegistry}: an immutable snapshot of the built-in types plus those the host
 * registered, with each type's JSON Schema generated once, when the registry is built.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DefaultMessageTypeRegistry implements MessageTypeRegistry {

    private final Map<String, MessageType<?>> byName;
    private final List<MessageType<?>> types;
    private final Map<String, String> schemas;
    private final String knownNames;

    private DefaultMessageTypeRegistry(Map<String, MessageType<?>> registered) {
        this.types = registered.values().stream()
                .sorted(Comparator.comparing(MessageType::name))
                .toList();
        this.byName = Map.copyOf(registered);
        this.schemas = types.stream().collect(Collectors.toUnmodifiableMap(MessageType::name, JsonSchemaWriter::write));
        this.knownNames = types.stream().map(MessageType::name).collect(Collectors.joining(", "));
    }

    /** A builder holding every type of {@link BuiltinTypes#all()}. */
    public static Builder builder() {
        Builder builder = new Builder();
        BuiltinTypes.all().forEach(builder::register);
        return builder;
    }

    @Override
    public Optional<MessageType<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public MessageType<?> require(String name) {
        MessageType<?> type = byName.get(name);
        if (type == null) {
            throw new IllegalArgumentException(unknown(name));
        }
        return type;
    }

    @Override
    public List<MessageType<?>> types() {
        return types;
    }

    @Override
    public String jsonSchema(String name) {
        String schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException(unknown(name));
        }
        return schema;
    }

    /** The registered names, ordered and comma-separated, for error messages. */
    String knownNames() {
        return knownNames;
    }

    private String unknown(String name) {
        return "unknown message type '" + name + "'; known: " + knownNames;
    }

    /** Collects types; {@link #build()} takes a snapshot, so later registrations do not change built registries. */
    public static final class Builder {

        private final Map<String, MessageType<?>> registered = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a type.
         *
         * @throws IllegalArgumentException naming the type if a type of that name is registered already
         */
        public Builder register(MessageType<?> type) {
            Objects.requireNonNull(type, "type");
            MessageType<?> existing = registered.putIfAbsent(type.name(), type);
            if (existing != null) {
                throw new IllegalArgumentException("message type '" + type.name() + "' is already registered (as "
                        + existing + "); cannot register " + type);
            }
            return this;
        }

        /** An immutable registry of the types registered so far. */
        public DefaultMessageTypeRegistry build() {
            return new DefaultMessageTypeRegistry(registered);
        }
    }
}
