package dev.banter.api.message;

/**
 * The typed body of a {@link Message}. Every payload is an immutable record described by its type's
 * {@link PayloadSchema}.
 *
 * @since 0.1
 */
public interface Payload {}
