package dev.banter.api.action;

/**
 * Warns a user.
 *
 * @param user the user name
 * @param reason why, 0..256 chars
 * @since 0.1
 */
public record Warn(String user, String reason) implements Action {

    public Warn {
        Checks.user("user", user);
        Checks.text("reason", reason, 256);
    }

    @Override
    public Permission permission() {
        return Permission.MODERATION_WARN;
    }
}
