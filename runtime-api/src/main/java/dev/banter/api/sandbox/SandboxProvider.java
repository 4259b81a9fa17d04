package dev.banter.api.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * A sandbox implementation, found through {@link ServiceLoader}. {@code sandbox-graal} provides {@code graal}.
 *
 * <p>Implementations must be deny-by-default: guest code reaches nothing of the host but the dialect's API.
 *
 * @since 0.1
 */
public interface SandboxProvider {

    /** The provider's name, for example {@code graal}. */
    String name();

    /** The dialects it runs, for example {@code banter/1}. */
    Set<String> dialects();

    /** The limits it enforces; the TCK skips checks of the others. */
    Set<LimitKind> enforcedLimits();

    /** Starts a sandbox. */
    Sandbox create(SandboxConfig config);

    /** Every provider on the class or module path. */
    static List<SandboxProvider> available() {
        List<SandboxProvider> all = new ArrayList<>();
        ServiceLoader.load(SandboxProvider.class).forEach(all::add);
        return all;
    }

    /**
     * The provider of that name.
     *
     * @throws IllegalStateException naming what is available, if there is none
     */
    static SandboxProvider load(String name) {
        List<String> seen = new ArrayList<>();
        for (SandboxProvider provider : available()) {
            if (provider.name().equals(name)) {
                return provider;
            }
            seen.add(provider.name());
        }
        throw new IllegalStateException("no sandbox provider '" + name + "' on the class or module path (found: " + seen
                + "); add a dependency on banter-sandbox-graal");
    }
}
