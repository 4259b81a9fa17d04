/**
 * Fault injection: a sink, a store and a clock that misbehave on command, for tests that prove what the runtime does
 * when the host's own parts fail.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 *
 * @since 0.3
 */
@NullMarked
package dev.banter.reliability;

import org.jspecify.annotations.NullMarked;
