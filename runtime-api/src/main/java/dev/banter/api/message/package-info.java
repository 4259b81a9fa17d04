/**
 * Message types, their payload schemas, messages, and the codec and registry contracts.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.api.message;

import org.jspecify.annotations.NullMarked;
