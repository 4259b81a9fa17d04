package dev.banter.api.types;

import dev.banter.api.message.Payload;

/**
 * The payload of {@code tip.menu.open}: a user opened the tip menu.
 *
 * @since 0.1
 */
public record TipMenuOpen() implements Payload {

    /** The one instance. */
    public static final TipMenuOpen INSTANCE = new TipMenuOpen();
}
