package dev.banter.api.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Key-value state per {@link StateScope}: tip totals, queues, leaderboards.
 *
 * <p>The contract, which the engine's stores and any remote one (Redis, SQL) implement alike:
 *
 * <ul>
 *   <li><b>Values</b> are JSON texts. The runtime enforces the quotas (key 1..256 chars, value at most 1 MB, a total
 *       per instance) before it calls the store, so a store may rely on them and need not check again.
 *   <li><b>Threading.</b> A scope is read and written only by its room's lane, so calls for one scope never overlap;
 *       calls for different scopes run at once from different threads, so every method must be thread-safe. A store
 *       should not make scopes wait for each other longer than its medium forces it to.
 *   <li><b>Durability.</b> When {@link #put}, {@link #delete}, {@link #clear} or {@link #write} returns, the change
 *       is as durable as the store promises: a durable store has it on stable storage (committed and synced), an
 *       in-memory store keeps it until the JVM exits. The runtime reports an action that depends on a write done only
 *       after the write returned.
 *   <li><b>Atomicity.</b> {@link #write} applies all of its changes or none: after a crash, a reader sees the scope
 *       either as it was before the call or as it is after it, never in between.
 *   <li><b>Failures</b> throw {@link StateStoreException}, naming the store (its file, its server) and the scope.
 *       A write that throws may not be reported as done; the runtime fails the invocation that caused it (its writes
 *       and actions are discarded and the failure is in the message's trace). A store never drops a write silently.
 *   <li><b>Lifecycle.</b> After {@link #close}, every other method throws {@link IllegalStateException}; closing
 *       twice is harmless.
 * </ul>
 *
 * <p>Example: what the sandbox does at the end of a successful invocation that set one key and removed another.
 *
 * <pre>{@code
 * store.write(scope, new StateChanges(Map.of("total", "125"), Set.of("pending")));
 * }</pre>
 *
 * @since 0.1
 */
public interface StateStore extends AutoCloseable {

    /**
     * The value under {@code key}, if any.
     *
     * @throws StateStoreException if the store cannot read
     * @throws IllegalStateException if the store is closed
     */
    Optional<String> get(StateScope scope, String key);

    /**
     * Stores {@code json} under {@code key}, replacing any value; durable when it returns.
     *
     * @throws StateStoreException if the store cannot write; the key then keeps its old value
     * @throws IllegalStateException if the store is closed
     */
    void put(StateScope scope, String key, String json);

    /**
     * Removes {@code key}; durable when it returns.
     *
     * @return whether it was present
     * @throws StateStoreException if the store cannot write; the key then keeps its old value
     * @throws IllegalStateException if the store is closed
     */
    boolean delete(StateScope scope, String key);

    /**
     * Applies every change at once; durable when it returns. The sandbox calls it once per successful invocation,
     * with the net effect of the invocation's writes.
     *
     * <p>The default puts and deletes key by key. That is atomic only for a store whose single writes cannot fail
     * and whose readers of a scope are its own lane (an in-memory store); a durable or remote store overrides it
     * with one transaction, commit or {@code MULTI}.
     *
     * @throws StateStoreException if the store cannot write; then none of the changes is applied
     * @throws IllegalStateException if the store is closed
     */
    default void write(StateScope scope, StateChanges changes) {
        for (Map.Entry<String, String> e : changes.puts().entrySet()) {
            put(scope, e.getKey(), e.getValue());
        }
        for (String key : changes.deletes()) {
            delete(scope, key);
        }
    }

    /**
     * The scope's keys in lexicographic order ({@link String#compareTo}).
     *
     * @throws StateStoreException if the store cannot read
     * @throws IllegalStateException if the store is closed
     */
    List<String> keys(StateScope scope);

    /**
     * The total length of the scope's keys and values, in chars, for quotas; 0 for an empty scope.
     *
     * @throws StateStoreException if the store cannot read
     * @throws IllegalStateException if the store is closed
     */
    long size(StateScope scope);

    /**
     * Removes every key of the scope, atomically; durable when it returns.
     *
     * @throws StateStoreException if the store cannot write; then the scope keeps its keys
     * @throws IllegalStateException if the store is closed
     */
    void clear(StateScope scope);

    /** Releases the store's resources, after making every returned write durable; later calls fail. */
    @Override
    void close();
}
