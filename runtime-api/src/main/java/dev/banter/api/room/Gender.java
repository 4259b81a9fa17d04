package dev.banter.api.room;

/**
 * The gender a user's profile shows, as chat apps have long been able to read it.
 *
 * @since 0.1
 */
public enum Gender {
    MALE("m"),
    FEMALE("f"),
    TRANS("t"),
    COUPLE("c"),
    UNKNOWN("u");

    private final String wireName;

    Gender(String wireName) {
        this.wireName = wireName;
    }

    /** The one-letter name used on the wire: {@code m}, {@code f}, {@code t}, {@code c}, {@code u}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The gender with that wire name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static Gender ofWireName(String name) {
        for (Gender gender : values()) {
            if (gender.wireName.equals(name)) {
                return gender;
            }
        }
        throw new IllegalArgumentException("unknown gender '" + name + "'; known: m, f, t, c, u");
    }
}
