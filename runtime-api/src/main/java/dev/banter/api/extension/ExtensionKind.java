package dev.banter.api.extension;

import dev.banter.api.handler.Slot;

/**
 * What an extension is to a room: the room's one app, or one of its bots.
 *
 * @since 0.2
 */
public enum ExtensionKind {
    /** The room's app: at most one per room, runs before the bots. */
    APP("app", Slot.APP),
    /** A bot: a room runs up to the platform's number of bot slots. */
    BOT("bot", Slot.BOT);

    private final String key;
    private final Slot slot;

    ExtensionKind(String key, Slot slot) {
        this.key = key;
        this.slot = slot;
    }

    /** The name in manifests: {@code app} or {@code bot}. */
    public String key() {
        return key;
    }

    /** The chain slot an extension of this kind runs in. */
    public Slot slot() {
        return slot;
    }

    /**
     * The kind with that key.
     *
     * @throws IllegalArgumentException naming the key, if it is neither {@code app} nor {@code bot}
     */
    public static ExtensionKind ofKey(String key) {
        for (ExtensionKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown extension kind '" + key + "'; known: app, bot");
    }
}
