package dev.banter.api.action;

/**
 * A group of users a notice can be addressed to.
 *
 * @since 0.1
 */
public enum Audience {
    /** The room owner. */
    OWNER("owner"),
    /** The moderators (and the owner). */
    MODERATORS("moderators"),
    /** Fan-club members. */
    FANS("fans"),
    /** Users who have tipped recently, at any tier. */
    TIPPERS("tippers"),
    /** Users who have tokens. */
    HAS_TOKENS("has-tokens"),
    /**
     * Users whose recent-tip tier is exactly {@link dev.banter.api.room.TipperTier#TIPPED}.
     *
     * @since 0.3
     */
    TIPPED("tipped"),
    /**
     * Users whose recent-tip tier is exactly {@link dev.banter.api.room.TipperTier#TIPPED_A_LOT}.
     *
     * @since 0.3
     */
    TIPPED_A_LOT("tipped-a-lot"),
    /**
     * Users whose recent-tip tier is exactly {@link dev.banter.api.room.TipperTier#TIPPED_TONS}.
     *
     * @since 0.3
     */
    TIPPED_TONS("tipped-tons");

    private final String wireName;

    Audience(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in JavaScript. */
    public String wireName() {
        return wireName;
    }
}
