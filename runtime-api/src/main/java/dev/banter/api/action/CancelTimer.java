package dev.banter.api.action;

/**
 * Cancels a scheduled timer; cancelling an unknown label does nothing.
 *
 * @param label the timer's name
 * @since 0.1
 */
public record CancelTimer(String label) implements Action {

    public CancelTimer {
        Checks.nonEmpty("timer label", label, 64);
    }

    @Override
    public Permission permission() {
        return Permission.TIMERS;
    }
}
