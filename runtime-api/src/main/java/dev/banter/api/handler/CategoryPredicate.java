package dev.banter.api.handler;

import dev.banter.api.message.Message;

/**
 * A host-defined category: decides, once per message, whether the message belongs to it.
 *
 * <p>Called on the room's lane thread before any handler runs; it must be fast, side-effect free and thread-safe. An
 * exception counts as {@code false} and is logged once per category and minute.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CategoryPredicate {

    /** Whether {@code message} is in the category, given what the built-in router found. */
    boolean test(Message message, Routing builtIn);
}
