package dev.banter.api.action;

/**
 * Removes a user from the room for now.
 *
 * @param user the user name
 * @param reason why, 0..256 chars
 * @since 0.1
 */
public record Kick(String user, String reason) implements Action {

    public Kick {
        Checks.user("user", user);
        Checks.text("reason", reason, 256);
    }

    @Override
    public Permission permission() {
        return Permission.MODERATION_KICK;
    }
}
