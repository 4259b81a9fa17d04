package dev.banter.api.action;

import java.util.Objects;

/**
 * Who sees a notice: everyone, one user, or one {@link Audience}.
 *
 * @since 0.1
 */
public sealed interface NoticeTarget {

    /** Everyone in the room. */
    static NoticeTarget everyone() {
        return Everyone.INSTANCE;
    }

    /** One user. */
    static NoticeTarget user(String name) {
        return new ToUser(name);
    }

    /** One group. */
    static NoticeTarget group(Audience audience) {
        return new ToGroup(audience);
    }

    /** See {@link #everyone()}. */
    enum Everyone implements NoticeTarget {
        INSTANCE
    }

    /** See {@link #user(String)}. @param name the user name */
    record ToUser(String name) implements NoticeTarget {
        public ToUser {
            Checks.user("notice target user", name);
        }
    }

    /** See {@link #group(Audience)}. @param audience the group */
    record ToGroup(Audience audience) implements NoticeTarget {
        public ToGroup {
            Objects.requireNonNull(audience, "audience");
        }
    }
}
