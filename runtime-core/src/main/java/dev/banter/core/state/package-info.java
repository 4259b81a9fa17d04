/**
 * {@link dev.banter.api.spi.StateStore} implementations that ship with the engine.
 *
 * @since 0.2
 */
@NullMarked
package dev.banter.core.state;

import org.jspecify.annotations.NullMarked;
