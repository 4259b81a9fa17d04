/**
 * The router: computes a message's categories, command and mentions once, on the room's lane, before any handler runs.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.banter.core.internal.routing;

import org.jspecify.annotations.NullMarked;
