package dev.banter.api.extension;

import java.util.Set;

/**
 * Where a version of an extension is in the catalog's life. The states form a forward-only machine:
 *
 * <pre>
 *   submit ──► DRAFT ──publish──► PUBLISHED ──deprecate──► DEPRECATED
 *                │                    │                        │
 *                └──────withdraw──────┴────────withdraw────────┴──► WITHDRAWN (final)
 * </pre>
 *
 * <p>A version's files never change in any state. Only a {@link #PUBLISHED} version may be newly installed into a
 * room or upgraded to; a {@link #DEPRECATED} one keeps running where it is installed and may be rolled back to; a
 * {@link #WITHDRAWN} one can never be installed, upgraded to, rolled back to or re-enabled.
 *
 * @since 0.2
 */
public enum PublicationState {
    /** Submitted, not yet visible to rooms. */
    DRAFT,
    /** Installable. */
    PUBLISHED,
    /** Still runs where installed; not offered for new installs. */
    DEPRECATED,
    /** Pulled: never installable again. Final. */
    WITHDRAWN;

    /** The states this one may move to; empty for {@link #WITHDRAWN}. */
    public Set<PublicationState> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED, WITHDRAWN);
            case PUBLISHED -> Set.of(DEPRECATED, WITHDRAWN);
            case DEPRECATED -> Set.of(WITHDRAWN);
            case WITHDRAWN -> Set.of();
        };
    }

    /** Whether {@code target} is one of {@link #next()}. */
    public boolean canMoveTo(PublicationState target) {
        return next().contains(target);
    }

    /** Whether this is a final state. */
    public boolean isFinal() {
        return this == WITHDRAWN;
    }
}
