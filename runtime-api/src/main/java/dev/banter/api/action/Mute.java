package dev.banter.api.action;

import java.time.Duration;
import java.util.Objects;

/**
 * Silences a user in the room for a while.
 *
 * @param user the user name
 * @param duration how long, 1 second to 7 days
 * @param reason why, 0..256 chars
 * @since 0.1
 */
public record Mute(String user, Duration duration, String reason) implements Action {

    public Mute {
        Checks.user("user", user);
        Objects.requireNonNull(duration, "duration");
        Checks.text("reason", reason, 256);
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("mute duration must be 1s..7d, was " + duration);
        }
    }

    @Override
    public Permission permission() {
        return Permission.MODERATION_MUTE;
    }
}
