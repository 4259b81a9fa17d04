package dev.banter.api.action;

/**
 * Changes the room subject.
 *
 * @param subject the new subject, 1..512 chars
 * @since 0.1
 */
public record SetSubject(String subject) implements Action {

    public SetSubject {
        Checks.nonEmpty("subject", subject, 512);
    }

    @Override
    public Permission permission() {
        return Permission.SUBJECT;
    }
}
