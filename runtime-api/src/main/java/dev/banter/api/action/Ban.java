package dev.banter.api.action;

/**
 * Bans a user from the room.
 *
 * @param user the user name
 * @param reason why, 0..256 chars
 * @since 0.1
 */
public record Ban(String user, String reason) implements Action {

    public Ban {
        Checks.user("user", user);
        Checks.text("reason", reason, 256);
    }

    @Override
    public Permission permission() {
        return Permission.MODERATION_BAN;
    }
}
