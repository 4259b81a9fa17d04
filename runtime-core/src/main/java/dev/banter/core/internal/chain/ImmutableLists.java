package dev.banter.core.internal.chain;

import java.util.List;

/**
 * Immutable lists built straight from an array the caller gives up, so that {@link List#copyOf} (which records such
 * as {@code Outcome} apply to their list components) returns them as they are instead of copying again.
 */
final class ImmutableLists {

    private ImmutableLists() {}

    /**
     * The elements as an unmodifiable list. Up to ten elements cost one list and one array; more cost a copy, as
     * {@link List#of(Object[])} makes one. No element may be null.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> of(T[] e) {
        return switch (e.length) {
            case 0 -> List.of();
            case 1 -> List.of(e[0]);
            case 2 -> List.of(e[0], e[1]);
            case 3 -> List.of(e[0], e[1], e[2]);
            case 4 -> List.of(e[0], e[1], e[2], e[3]);
            case 5 -> List.of(e[0], e[1], e[2], e[3], e[4]);
            case 6 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5]);
            case 7 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6]);
            case 8 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7]);
            case 9 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8]);
            case 10 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9]);
            default -> List.of(e);
        };
    }
}
