package dev.banter.api.room;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person in a room, as handlers see them: name, roles, recent-tip tier and profile gender.
 *
 * @param name the user name, 1..64 chars of {@code [A-Za-z0-9_.-]}; {@code "_system"} for {@link #system()}
 * @param roles the user's roles in this room
 * @param tipper the recent-tip tier
 * @param gender the profile gender
 * @since 0.1
 */
public record User(String name, Set<Role> roles, TipperTier tipper, Gender gender) {

    private static final User SYSTEM = new User("_system", Set.of(), TipperTier.NONE, Gender.UNKNOWN);

    /**
     * Validates the user.
     *
     * @throws IllegalArgumentException if the name is not a valid user name
     */
    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tipper, "tipper");
        Objects.requireNonNull(gender, "gender");
        if (!RoomId.isValid(name)) {
            throw new IllegalArgumentException("user name must be 1..64 chars of [A-Za-z0-9_.-]: '" + name + "'");
        }
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** A viewer with no roles. */
    public static User viewer(String name) {
        return new User(name, Set.of(), TipperTier.NONE, Gender.UNKNOWN);
    }

    /** A user with the given roles. */
    public static User of(String name, Role... roles) {
        return new User(
                name, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), TipperTier.NONE, Gender.UNKNOWN);
    }

    /** The sender of events that no person caused, such as timers and broadcast start. */
    public static User system() {
        return SYSTEM;
    }

    /** Whether the user holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the user is the owner or a moderator. */
    public boolean isStaff() {
        return roles.contains(Role.OWNER) || roles.contains(Role.MODERATOR);
    }

    /** This user with another tier. */
    public User withTipper(TipperTier tier) {
        return new User(name, roles, tier, gender);
    }

    /** This user with another gender. */
    public User withGender(Gender newGender) {
        return new User(name, roles, tipper, newGender);
    }
}
