package dev.banter.tck.wrong;

import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import java.util.Set;

/**
 * Wrong on purpose: claims to enforce every limit the graal provider does, but runs every instance with a
 * 500 ms deadline whatever it asked for.
 */
public final class DeadlineIgnoringProvider implements SandboxProvider {

    static final long IGNORED_DEADLINE_MS = 500;

    private final SandboxProvider graal = SandboxProvider.load("graal");

    @Override
    public String name() {
        return "deadline-ignoring";
    }

    @Override
    public Set<String> dialects() {
        return graal.dialects();
    }

    @Override
    public Set<LimitKind> enforcedLimits() {
        return graal.enforcedLimits();
    }

    @Override
    public Sandbox create(SandboxConfig config) {
        Sandbox real = graal.create(config);
        return new Sandbox() {
            @Override
            public String provider() {
                return name();
            }

            @Override
            public ExecutionMode executionMode() {
                return real.executionMode();
            }

            @Override
            public SandboxConfig config() {
                return real.config();
            }

            @Override
            public ExtensionInstance instantiate(InstanceSpec spec) {
                return real.instantiate(spec.withLimits(spec.limits().with(LimitKind.DEADLINE, IGNORED_DEADLINE_MS)));
            }

            @Override
            public int liveInstances() {
                return real.liveInstances();
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }
}
