package dev.banter.api.handler;

/**
 * Where a room handler sits among the room's handlers. A room has at most one app and a bounded number of bots; the
 * app runs first, then the bots in install order.
 *
 * @since 0.1
 */
public enum Slot {
    /** The room's one app. */
    APP,
    /** One of the room's bots. */
    BOT
}
