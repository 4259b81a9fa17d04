/**
 * Service-provider interfaces: what a host implements ({@link dev.banter.api.spi.ActionSink}, {@link dev.banter.api.spi.StateStore}) and what an engine provides ({@link dev.banter.api.spi.BanterRuntimeFactory}).
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.api.spi;

import org.jspecify.annotations.NullMarked;
