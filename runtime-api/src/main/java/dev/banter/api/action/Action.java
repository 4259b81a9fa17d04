package dev.banter.api.action;

/**
 * Something a handler asks the host to do. Every action needs one {@link Permission}; its text fields are bounded so
 * that one handler cannot hand the host unbounded data.
 *
 * @since 0.1
 */
public sealed interface Action
        permits Notice, SetSubject, Warn, Mute, Kick, Ban, SetTipOptions, ScheduleTimer, CancelTimer, Custom {

    /** The permission a handler needs to emit this action. */
    Permission permission();

    /** A short, stable name for metrics and logs, such as {@code notice} or {@code moderation.ban}. */
    default String kind() {
        return permission() == Permission.TIMERS
                ? (this instanceof CancelTimer ? "timer.cancel" : "timer.schedule")
                : permission().key();
    }
}
