package dev.banter.tck;

import dev.banter.api.sandbox.SandboxProvider;

/**
 * sandbox-graal passes the sandbox verification. Rule 8.5 (heap) stays skipped: the graal provider reacts to the
 * JVM's own memory notifications, which a test cannot raise without exhausting the heap; sandbox-graal's own tests
 * check it through a package-private hook.
 */
class GraalSandboxTest extends SandboxProviderVerification {

    @Override
    protected SandboxProvider createProvider() {
        return SandboxProvider.load("graal");
    }
}
