package dev.banter.api.sandbox;

/**
 * What a host hears from a sandbox. Called from lane threads and from the sandbox's watchdog: keep it short and
 * thread-safe. Exceptions thrown here are logged and ignored.
 *
 * @since 0.1
 */
public interface SandboxListener {

    /** A listener that ignores everything (the sandbox still logs violations through SLF4J). */
    SandboxListener NONE = new SandboxListener() {};

    /** An instance broke a limit. */
    default void violation(LimitViolation violation) {}

    /** An instance was quarantined after repeated violations; {@code last} is the one that tipped it over. */
    default void quarantined(ExtensionInstance instance, LimitViolation last) {}

    /** A cancelled instance was rebuilt from its source and state. */
    default void rebuilt(ExtensionInstance instance) {}

    /**
     * An instance was parked: its context was closed until its next message ({@link ExtensionInstance#park()}).
     *
     * @since 0.3
     */
    default void parked(ExtensionInstance instance) {}

    /**
     * A parked instance was re-created for a message; {@code tookNanos} is how long re-creating its context took.
     *
     * @since 0.3
     */
    default void resumed(ExtensionInstance instance, long tookNanos) {}

    /** An extension wrote a log line ({@code ctx.log}, {@code console.log}) that passed its log-volume quota. */
    default void log(ExtensionInstance instance, String level, String line) {}
}
