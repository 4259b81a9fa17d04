package dev.banter.examples.tck;

import dev.banter.tck.ExtensionVerification;
import java.nio.file.Path;

/** The dice command bot passes the TCK; its rolls are random, so exact reproducibility is skipped. */
class DiceExtensionTest extends ExtensionVerification {

    @Override
    protected Path extensionDirectory() {
        return Path.of("extensions/dice");
    }

    @Override
    protected String nondeterminism() {
        return "dice rolls with Math.random, which the sandbox does not seed";
    }
}
