package dev.banter.portal;

import dev.banter.sdk.cli.CommandPlugin;

/**
 * Adds {@code banter portal} to the CLI.
 *
 * @since 0.4
 */
public final class PortalPlugin implements CommandPlugin {

    /** The subcommand's name. */
    public static final String NAME = "portal";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object command() {
        return new PortalCommand();
    }
}
