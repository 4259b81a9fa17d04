package dev.banter.api.sandbox;

/**
 * Where an {@link ExtensionInstance} is in its life.
 *
 * @since 0.1
 */
public enum InstanceState {
    /** Loaded and handling messages. */
    ACTIVE,
    /**
     * Its context was cancelled by a hard limit; it is rebuilt from its source and state on its next message.
     */
    CANCELLED,
    /** Stopped for repeated violations; it passes every message untouched and is never rebuilt. */
    QUARANTINED,
    /** Closed by the host. */
    CLOSED
}
