package dev.banter.tck.wrong;

import dev.banter.api.BanterRuntime;
import dev.banter.tck.RuntimeVerification;

/** The runtime verification run against a runtime that reorders a room's messages. */
public class ReorderingRuntimeCase extends RuntimeVerification {

    @Override
    protected BanterRuntime.Builder newBuilder() {
        return ReorderingRuntime.wrap(BanterRuntime.newBuilder());
    }
}
