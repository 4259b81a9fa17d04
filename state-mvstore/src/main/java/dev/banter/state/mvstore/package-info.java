/**
 * A durable {@link dev.banter.api.spi.StateStore} on H2's MVStore: {@link dev.banter.state.mvstore.MvStoreStateStore}.
 *
 * @since 0.2
 */
@NullMarked
package dev.banter.state.mvstore;

import org.jspecify.annotations.NullMarked;
