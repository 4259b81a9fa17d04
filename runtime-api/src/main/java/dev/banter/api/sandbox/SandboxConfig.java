package dev.banter.api.sandbox;

import dev.banter.api.message.MessageType;
import dev.banter.api.types.BuiltinTypes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a host configures a {@link Sandbox}.
 *
 * @param workers how many lanes invoke instances (the runtime's {@code lanes()}); each gets its own engine per
 *     extension version and its own watchdog slot
 * @param maxima the most any extension may ask for; instance limits are checked against them
 * @param listener where violations, quarantines and extension logs go
 * @param watchdogPeriod how often the watchdog checks running invocations; the deadline overshoots by up to this
 * @param types the message types extensions may subscribe to (pass the runtime's {@code types().types()}); {@code
 *     banter.on} with any other name fails the load with an error naming it, and each type's flow decides whether
 *     the extension intercepts or observes it
 * @param countStatements whether the sandbox counts the statements of every invocation, for {@link
 *     ExtensionInstance#lastStatements()}: for tools such as {@code banter profile}, never for production, because
 *     counting slows guest code down and a provider may need a laxer engine policy to do it (the graal sandbox runs
 *     its contexts under {@code SandboxPolicy.TRUSTED} then, with every restriction of {@code CONSTRAINED} still set
 *     one by one, and needs {@code org.graalvm.tools:profiler-tool} on the class path). Off in {@link #of(int)}.
 * @since 0.1
 */
public record SandboxConfig(
        int workers,
        SandboxLimits maxima,
        SandboxListener listener,
        Duration watchdogPeriod,
        List<MessageType<?>> types,
        boolean countStatements) {

    public SandboxConfig {
        Objects.requireNonNull(maxima, "maxima");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(watchdogPeriod, "watchdogPeriod");
        types = List.copyOf(types);
        if (workers < 1 || workers > 1024) {
            throw new IllegalArgumentException("workers must be 1..1024, was " + workers);
        }
        if (watchdogPeriod.compareTo(Duration.ofMillis(1)) < 0 || watchdogPeriod.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("watchdogPeriod must be 1ms..1s, was " + watchdogPeriod);
        }
    }

    /** {@code workers} lanes, the default limits as maxima, no listener, a 2 ms watchdog, the built-in types. */
    public static SandboxConfig of(int workers) {
        return new SandboxConfig(
                workers,
                SandboxLimits.defaults(),
                SandboxListener.NONE,
                Duration.ofMillis(2),
                BuiltinTypes.all(),
                false);
    }

    /** A copy with other maxima. */
    public SandboxConfig withMaxima(SandboxLimits newMaxima) {
        return new SandboxConfig(workers, newMaxima, listener, watchdogPeriod, types, countStatements);
    }

    /** A copy with another listener. */
    public SandboxConfig withListener(SandboxListener newListener) {
        return new SandboxConfig(workers, maxima, newListener, watchdogPeriod, types, countStatements);
    }

    /** A copy that knows these message types, for example a runtime's {@code types().types()}. */
    public SandboxConfig withTypes(List<MessageType<?>> newTypes) {
        return new SandboxConfig(workers, maxima, listener, watchdogPeriod, newTypes, countStatements);
    }

    /** A copy with another watchdog period. */
    public SandboxConfig withWatchdogPeriod(Duration period) {
        return new SandboxConfig(workers, maxima, listener, period, types, countStatements);
    }

    /**
     * A copy that counts, or does not count, the statements of every invocation; see the {@code countStatements}
     * component.
     *
     * @since 0.5
     */
    public SandboxConfig withStatementCounting(boolean count) {
        return new SandboxConfig(workers, maxima, listener, watchdogPeriod, types, count);
    }
}
