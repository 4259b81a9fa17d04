/**
 * The built-in message types ({@link dev.banter.api.types.BuiltinTypes}) and their payload records.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.api.types;

import org.jspecify.annotations.NullMarked;
