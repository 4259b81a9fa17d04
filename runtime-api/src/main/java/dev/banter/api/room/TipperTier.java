package dev.banter.api.room;

/**
 * How much a user has tipped recently, as the platform ranks it.
 *
 * @since 0.1
 */
public enum TipperTier {
    /** No recent tips. */
    NONE("none"),
    /** Has tipped recently. */
    TIPPED("tipped"),
    /** Has tipped a lot recently. */
    TIPPED_A_LOT("tipped-a-lot"),
    /** Has tipped tons recently. */
    TIPPED_TONS("tipped-tons");

    private final String wireName;

    TipperTier(String wireName) {
        this.wireName = wireName;
    }

    /** The name used on the wire and in JavaScript. */
    public String wireName() {
        return wireName;
    }

    /**
     * The tier with that wire name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static TipperTier ofWireName(String name) {
        for (TipperTier tier : values()) {
            if (tier.wireName.equals(name)) {
                return tier;
            }
        }
        throw new IllegalArgumentException(
                "unknown tipper tier '" + name + "'; known: none, tipped, tipped-a-lot, tipped-tons");
    }
}
