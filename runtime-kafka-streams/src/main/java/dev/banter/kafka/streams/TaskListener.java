package dev.banter.kafka.streams;

import java.time.Duration;

/**
 * Hears when a stream task's Banter host is rebuilt and closed: the two ends of a room's move between instances.
 * Called on the stream thread; keep it short.
 *
 * @since 0.3
 */
public interface TaskListener {

    /**
     * A task's rooms were rebuilt from its store: installations, kv and timers, before its first record or
     * punctuation was handled.
     *
     * @param task the Kafka Streams task id, such as {@code 0_3}
     * @param rooms how many rooms had installations
     * @param took how long the rebuild took (catalog reads, loading every extension, restoring timers)
     */
    default void restored(String task, int rooms, Duration took) {}

    /**
     * A task's host closed, as when its partition was revoked: every accepted event had been processed.
     *
     * @param task the Kafka Streams task id
     * @param unsent actions emitted while closing, which could not be produced (normally 0)
     */
    default void closed(String task, int unsent) {}
}
