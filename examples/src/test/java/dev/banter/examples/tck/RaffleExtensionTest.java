package dev.banter.examples.tck;

import dev.banter.tck.ExtensionVerification;
import java.nio.file.Path;

/** The raffle app passes the TCK; its draw is random, so exact reproducibility is skipped. */
class RaffleExtensionTest extends ExtensionVerification {

    @Override
    protected Path extensionDirectory() {
        return Path.of("extensions/raffle");
    }

    @Override
    protected String nondeterminism() {
        return "the raffle draws its winner with Math.random, which the sandbox does not seed";
    }
}
