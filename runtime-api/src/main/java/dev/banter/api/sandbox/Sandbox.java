package dev.banter.api.sandbox;

import dev.banter.api.ExtensionException;

/**
 * A running sandbox: makes extension instances and watches them. Thread-safe.
 *
 * @since 0.1
 */
public interface Sandbox extends AutoCloseable {

    /** The provider's name, for example {@code graal}. */
    String provider();

    /** Whether guest code runs compiled or interpreted-only. Hosts should log this at start-up. */
    ExecutionMode executionMode();

    /** The configuration it was created with. */
    SandboxConfig config();

    /**
     * Makes an instance: creates its context, runs its top-level code under the load deadline, and collects its
     * subscriptions. Does not call any handler.
     *
     * @throws IllegalArgumentException if the spec's limits are above the maxima or its dialect is not supported
     * @throws ExtensionException if loading failed: a syntax or top-level error ({@code GUEST_ERROR}) or a limit
     *     ({@code LIMIT_EXCEEDED}, for example the load deadline or the source size)
     */
    ExtensionInstance instantiate(InstanceSpec spec);

    /** Instances made and not yet closed. */
    int liveInstances();

    /** Closes every instance and the shared engines. Idempotent. */
    @Override
    void close();
}
