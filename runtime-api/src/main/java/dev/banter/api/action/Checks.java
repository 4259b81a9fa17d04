package dev.banter.api.action;

import dev.banter.api.room.RoomId;
import java.util.Objects;

/** Argument checks shared by the action records. */
final class Checks {

    private Checks() {}

    static String text(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " chars, was " + value.length());
        }
        return value;
    }

    static String nonEmpty(String field, String value, int max) {
        text(field, value, max);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static String user(String field, String value) {
        Objects.requireNonNull(value, field);
        if (!RoomId.isValid(value)) {
            throw new IllegalArgumentException(field + " must be a user name (1..64 chars of [A-Za-z0-9_.-]): '"
                    + (value.length() > 80 ? value.substring(0, 80) : value) + "'");
        }
        return value;
    }
}
