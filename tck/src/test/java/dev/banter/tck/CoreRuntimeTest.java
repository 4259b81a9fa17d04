package dev.banter.tck;

import dev.banter.api.BanterRuntime;

/** runtime-core's engine passes the runtime verification. */
class CoreRuntimeTest extends RuntimeVerification {

    @Override
    protected BanterRuntime.Builder newBuilder() {
        return BanterRuntime.newBuilder();
    }
}
