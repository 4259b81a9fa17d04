package dev.banter.api.action;

/**
 * What a handler may ask the host to do. A handler emits only the actions whose permission it was granted; every
 * other emission fails with {@link SecurityException} and is counted. {@link #KV} guards no action but the
 * instance's state: a sandbox refuses every kv call of an extension that was not granted it.
 *
 * @since 0.1
 */
public enum Permission {
    /** Send notices: {@link Notice}. */
    NOTICE("notice"),
    /** Change the room subject: {@link SetSubject}. */
    SUBJECT("subject"),
    /** Warn a user: {@link Warn}. */
    MODERATION_WARN("moderation.warn"),
    /** Mute a user: {@link Mute}. */
    MODERATION_MUTE("moderation.mute"),
    /** Kick a user out of the room: {@link Kick}. */
    MODERATION_KICK("moderation.kick"),
    /** Ban a user from the room: {@link Ban}. */
    MODERATION_BAN("moderation.ban"),
    /** Set the tip options viewers pick from: {@link SetTipOptions}. */
    TIP_OPTIONS("tip-options"),
    /** Schedule and cancel timers: {@link ScheduleTimer}, {@link CancelTimer}. */
    TIMERS("timers"),
    /**
     * Read and write the instance's durable key-value state ({@code ctx.kv}): every kv call of an extension without
     * it fails.
     *
     * @since 0.2
     */
    KV("kv"),
    /** Emit host-defined actions: {@link Custom}. */
    CUSTOM("custom");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    /** The name used in manifests and JavaScript, such as {@code moderation.ban}. */
    public String key() {
        return key;
    }

    /**
     * The permission with that key.
     *
     * @throws IllegalArgumentException naming the key and listing the known ones, if there is none
     */
    public static Permission ofKey(String key) {
        for (Permission permission : values()) {
            if (permission.key.equals(key)) {
                return permission;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Permission permission : values()) {
            known.append(known.isEmpty() ? "" : ", ").append(permission.key);
        }
        throw new IllegalArgumentException("unknown permission '" + key + "'; known: " + known);
    }
}
