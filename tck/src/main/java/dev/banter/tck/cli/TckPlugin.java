package dev.banter.tck.cli;

import dev.banter.sdk.cli.CommandPlugin;

/**
 * Adds {@code banter tck} to the {@code banter} command line: found through {@link java.util.ServiceLoader} in the
 * TCK jar or in {@code tck/target/banter-plugin-tck.jar}, which the {@code ./banter} launcher puts on the class path.
 *
 * @since 0.4
 */
public final class TckPlugin implements CommandPlugin {

    /** The instance {@link java.util.ServiceLoader} makes. */
    public TckPlugin() {}

    @Override
    public String name() {
        return TckCommand.NAME;
    }

    @Override
    public Object command() {
        return new TckCommand();
    }
}
