package dev.banter.kafka.streams.internal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.extension.Catalog;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.kafka.streams.TaskListener;
import dev.banter.kafka.streams.TimeMode;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every task's host is built from; made by {@code BanterStreams.Builder}.
 *
 * @param catalog where installed versions are read from
 * @param policy the platform policy of the lifecycle
 * @param sandbox makes the task's sandbox for its runtime
 * @param runtime configures the task's runtime (types, host handlers, limits) before the adapter's own settings
 * @param timeMode the time the host runs on
 * @param punctuateEvery how often due timers are fired
 * @param listener hears rebuilds and closes
 * @param storeName the key-value store's name
 */
public record HostSettings(
        Catalog catalog,
        PlatformPolicy policy,
        Function<BanterRuntime, Sandbox> sandbox,
        Consumer<BanterRuntime.Builder> runtime,
        TimeMode timeMode,
        Duration punctuateEvery,
        TaskListener listener,
        String storeName) {

    /** The name of the outcomes sink node. */
    public static final String OUTCOMES = "banter-outcomes";

    /** The name of the actions sink node. */
    public static final String ACTIONS = "banter-actions";
}
