/**
 * Actions a handler asks the host to carry out (notices, subject changes, moderation, tip options, timers, custom), each guarded by a {@link dev.banter.api.action.Permission}.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.api.action;

import org.jspecify.annotations.NullMarked;
