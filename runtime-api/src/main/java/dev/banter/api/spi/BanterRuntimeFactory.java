package dev.banter.api.spi;

import dev.banter.api.BanterRuntime;

/**
 * Makes runtime builders; the engine module provides exactly one, found with {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public interface BanterRuntimeFactory {

    /** A new builder with default settings. */
    BanterRuntime.Builder newBuilder();
}
