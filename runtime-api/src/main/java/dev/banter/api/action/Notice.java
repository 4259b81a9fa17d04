package dev.banter.api.action;

import java.util.Objects;

/**
 * Shows a line of text in the room's chat, to everyone or to some.
 *
 * @param text the text, 1..48 KiB chars
 * @param target who sees it
 * @param style how it looks
 * @since 0.1
 */
public record Notice(String text, NoticeTarget target, NoticeStyle style) implements Action {

    /** The longest notice text, in chars. */
    public static final int MAX_TEXT = 48 * 1024;

    public Notice {
        Checks.nonEmpty("notice text", text, MAX_TEXT);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(style, "style");
    }

    /** A plain notice to everyone. */
    public static Notice toAll(String text) {
        return new Notice(text, NoticeTarget.everyone(), NoticeStyle.plain());
    }

    /** A plain notice to one user. */
    public static Notice toUser(String user, String text) {
        return new Notice(text, NoticeTarget.user(user), NoticeStyle.plain());
    }

    @Override
    public Permission permission() {
        return Permission.NOTICE;
    }
}
