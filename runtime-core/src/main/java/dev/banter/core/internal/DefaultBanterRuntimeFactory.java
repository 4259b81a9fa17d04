package dev.banter.core.internal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.spi.BanterRuntimeFactory;

/** The engine's entry point, found through {@link java.util.ServiceLoader}. */
public final class DefaultBanterRuntimeFactory implements BanterRuntimeFactory {

    @Override
    public BanterRuntime.Builder newBuilder() {
        return new RuntimeBuilder();
    }
}
