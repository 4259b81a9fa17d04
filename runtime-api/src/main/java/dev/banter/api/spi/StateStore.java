package dev.banter.api.spi;

import java.util.List;
import java.util.Optional;

/**
 * Durable key-value state per {@link StateScope}: tip totals, queues, leaderboards.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Values are JSON texts; the runtime enforces the size quotas (key at most 256 chars, value at most 1 MB) before
 *       it calls the store, so a store may rely on them.
 *   <li>A scope's state is read and written only by its room's lane, so calls for one scope never overlap; calls for
 *       different scopes may run at once from different threads, so implementations must be thread-safe.
 *   <li>When {@link #put} or {@link #delete} returns, the change is durable to the degree the store promises (an
 *       in-memory store: not at all); the runtime reports an action that depends on a write done only after it.
 *   <li>Failures throw {@link StateStoreException}; the runtime treats them as failures of the handler that caused
 *       the call.
 * </ul>
 *
 * @since 0.1
 */
public interface StateStore extends AutoCloseable {

    /** The value under {@code key}, if any. */
    Optional<String> get(StateScope scope, String key);

    /** Stores {@code json} under {@code key}, replacing any value. */
    void put(StateScope scope, String key, String json);

    /**
     * Removes {@code key}.
     *
     * @return whether it was present
     */
    boolean delete(StateScope scope, String key);

    /** The scope's keys in lexicographic order. */
    List<String> keys(StateScope scope);

    /** The total size of the scope's keys and values, in chars, for quotas. */
    long size(StateScope scope);

    /** Removes every key of the scope. */
    void clear(StateScope scope);

    /** Releases the store's resources; later calls fail. */
    @Override
    void close();
}
