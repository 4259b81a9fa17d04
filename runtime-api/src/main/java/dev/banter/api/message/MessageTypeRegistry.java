package dev.banter.api.message;

import java.util.List;
import java.util.Optional;

/**
 * The message types a runtime knows: the built-in ones plus those the host registered. Immutable once the runtime is
 * built.
 *
 * @since 0.1
 */
public interface MessageTypeRegistry {

    /** The type registered under {@code name}, if any. */
    Optional<MessageType<?>> find(String name);

    /**
     * The type registered under {@code name}.
     *
     * @throws IllegalArgumentException naming the type and listing the known ones, if there is none
     */
    MessageType<?> require(String name);

    /** Every registered type, ordered by name. */
    List<MessageType<?>> types();

    /**
     * The JSON Schema (draft 2020-12) of a type's whole message, payload included.
     *
     * @throws IllegalArgumentException if no type has that name
     */
    String jsonSchema(String name);
}
