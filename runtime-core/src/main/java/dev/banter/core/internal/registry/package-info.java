/**
 * The message type registry, the JSON codec and the payload validator.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.banter.core.internal.registry;

import org.jspecify.annotations.NullMarked;
