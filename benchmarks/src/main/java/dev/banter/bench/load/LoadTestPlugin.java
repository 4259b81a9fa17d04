package dev.banter.bench.load;

import dev.banter.sdk.cli.CommandPlugin;

/**
 * Adds {@code banter loadtest} to the {@code banter} command line: {@link LoadTest} with its options, help and exit
 * codes, found through {@link java.util.ServiceLoader} in {@code benchmarks/target/banter-plugin-loadtest.jar}, which
 * the {@code ./banter} launcher puts on the class path. Progress goes to stderr, the result lines to stdout.
 *
 * @since 0.4
 */
public final class LoadTestPlugin implements CommandPlugin {

    /** The instance {@link java.util.ServiceLoader} makes. */
    public LoadTestPlugin() {}

    @Override
    public String name() {
        return "loadtest";
    }

    @Override
    public Object command() {
        return new LoadTest();
    }
}
