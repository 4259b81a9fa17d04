/**
 * Rooms, users and their roles.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.api.room;

import org.jspecify.annotations.NullMarked;
