package dev.banter.tck.cli;

import dev.banter.sdk.harness.Timing;
import dev.banter.tck.ExtensionVerification;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension verification that {@code banter tck} runs, for the directory and options on its command line. */
@ExtendWith(ExtensionOptions.Resolver.class)
final class ExtensionUnderTest extends ExtensionVerification {

    private final ExtensionOptions options;

    ExtensionUnderTest(ExtensionOptions options) {
        this.options = options;
    }

    @Override
    protected Path extensionDirectory() {
        return options.dir();
    }

    @Override
    protected long seed() {
        return options.seed();
    }

    @Override
    protected int events() {
        return options.events();
    }

    @Override
    protected @Nullable String nondeterminism() {
        return options.nondeterminism();
    }

    @Override
    protected Timing timing() {
        return options.strictTime() ? Timing.PRODUCTION : Timing.RELAXED;
    }
}
