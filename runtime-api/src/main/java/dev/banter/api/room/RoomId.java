package dev.banter.api.room;

import java.util.Objects;

/**
 * The identity of a room: its slug, 1..64 chars of {@code [A-Za-z0-9_.-]}.
 *
 * @param value the slug
 * @since 0.1
 */
public record RoomId(String value) implements Comparable<RoomId> {

    /**
     * Validates the slug.
     *
     * @throws IllegalArgumentException if it is empty, longer than 64 chars, or has other characters
     */
    public RoomId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("room id must be 1..64 chars of [A-Za-z0-9_.-]: '" + value + "'");
        }
    }

    /** Shorthand for {@code new RoomId(value)}. */
    public static RoomId of(String value) {
        return new RoomId(value);
    }

    /** Whether {@code value} is a valid room slug. */
    public static boolean isValid(String value) {
        int n = value.length();
        if (n == 0 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '.'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(RoomId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
