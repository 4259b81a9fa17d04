/**
 * The entry point: {@link dev.banter.api.BanterRuntime}, its builder, and the domain exception {@link dev.banter.api.ExtensionException}.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.api;

import org.jspecify.annotations.NullMarked;
