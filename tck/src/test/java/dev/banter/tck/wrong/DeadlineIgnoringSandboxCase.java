package dev.banter.tck.wrong;

import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.tck.SandboxProviderVerification;

/** The sandbox verification run against a sandbox that ignores deadlines. */
public class DeadlineIgnoringSandboxCase extends SandboxProviderVerification {

    @Override
    protected SandboxProvider createProvider() {
        return new DeadlineIgnoringProvider();
    }
}
