package dev.banter.api.room;

/**
 * What a user is in a room. A user may hold several roles.
 *
 * @since 0.1
 */
public enum Role {
    /** The broadcaster whose room it is. */
    OWNER("owner"),
    /** A moderator of the room. */
    MODERATOR("moderator"),
    /** A member of the room's fan club. */
    FAN("fan"),
    /** The user has tokens to tip with. */
    HAS_TOKENS("has-tokens");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    /** The name used on the wire and in JavaScript, such as {@code has-tokens}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The role with that wire name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static Role ofWireName(String name) {
        for (Role role : values()) {
            if (role.wireName.equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "'; known: owner, moderator, fan, has-tokens");
    }
}
