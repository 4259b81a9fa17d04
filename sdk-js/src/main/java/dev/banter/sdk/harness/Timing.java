package dev.banter.sdk.harness;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.Manifests;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * How a simulated room treats the time limits ({@code deadline}, {@code load-deadline}), the only limits that
 * depend on the machine: a cold, interpreted first call on a busy laptop can take longer than the same call
 * compiled on a platform. Every other limit (statements, allocation, heap, kv, notices, timers, log) is enforced
 * exactly as in production in both modes.
 *
 * @since 0.4
 */
public enum Timing {
    /** The time limits exactly as the platform sets them; what {@code banter test --strict-time} uses. */
    PRODUCTION(1),
    /**
     * The time limits 25 times as long, so that scenarios check behaviour, not the speed of the machine running
     * them; {@code banter profile} measures time against the production limits. The default of the tools.
     */
    RELAXED(25);

    private final long factor;

    Timing(long factor) {
        this.factor = factor;
    }

    /** How many times the production time limits are allowed. */
    public long factor() {
        return factor;
    }

    /** The platform maxima with the time limits scaled. */
    SandboxLimits maxima(SandboxLimits maxima) {
        SandboxLimits out = maxima;
        for (LimitKind k : new LimitKind[] {LimitKind.DEADLINE, LimitKind.LOAD_DEADLINE}) {
            out = out.with(k, maxima.get(k) * factor);
        }
        return out;
    }

    /** The package with its time limits scaled, as a throwaway catalog receives it. */
    ExtensionPackage apply(ExtensionPackage pkg, SandboxLimits maxima) {
        if (factor == 1) {
            return pkg;
        }
        ExtensionManifest m = pkg.manifest();
        SandboxLimits base = SandboxLimits.defaults().min(maxima);
        Map<LimitKind, Long> limits = new EnumMap<>(LimitKind.class);
        limits.putAll(m.limits());
        for (LimitKind k : new LimitKind[] {LimitKind.DEADLINE, LimitKind.LOAD_DEADLINE}) {
            limits.put(k, limits.getOrDefault(k, base.get(k)) * factor);
        }
        ExtensionManifest scaled = new ExtensionManifest(
                m.id(),
                m.name(),
                m.version(),
                m.kind(),
                m.dialect(),
                m.main(),
                m.handlers(),
                m.shared(),
                m.types(),
                m.categories(),
                m.commands(),
                m.permissions(),
                m.settings(),
                limits,
                m.description());
        Map<String, String> sources = new HashMap<>(pkg.files());
        sources.remove(ExtensionManifest.FILE_NAME);
        return ExtensionPackages.of(Manifests.toJson(scaled), sources);
    }
}
