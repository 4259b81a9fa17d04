/**
 * Handlers, their subscriptions and context, verdicts, and the traced {@link dev.banter.api.handler.Outcome} of a message.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.api.handler;

import org.jspecify.annotations.NullMarked;
