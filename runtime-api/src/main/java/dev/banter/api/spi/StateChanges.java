package dev.banter.api.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The writes one invocation made to one scope, applied together by {@link StateStore#write}.
 *
 * <p>A key is either put or deleted, never both: the changes are the net effect of the invocation, so their order
 * does not matter.
 *
 * @param puts the keys to store, with their JSON values
 * @param deletes the keys to remove; removing an absent key is not an error
 * @since 0.2
 */
public record StateChanges(Map<String, String> puts, Set<String> deletes) {

    private static final StateChanges NONE = new StateChanges(Map.of(), Set.of());

    /**
     * Copies the changes and checks that no key is both put and deleted.
     *
     * @throws NullPointerException if a key or value is null
     * @throws IllegalArgumentException naming the key, if a key is both put and deleted
     */
    public StateChanges {
        puts = Map.copyOf(Objects.requireNonNull(puts, "puts"));
        deletes = Set.copyOf(Objects.requireNonNull(deletes, "deletes"));
        for (String key : deletes) {
            if (puts.containsKey(key)) {
                throw new IllegalArgumentException("state key '" + key + "' is both put and deleted");
            }
        }
    }

    /** No changes at all. */
    public static StateChanges none() {
        return NONE;
    }

    /** Whether there is nothing to write. */
    public boolean isEmpty() {
        return puts.isEmpty() && deletes.isEmpty();
    }
}
