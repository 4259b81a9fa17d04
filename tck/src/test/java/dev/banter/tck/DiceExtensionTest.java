package dev.banter.tck;

import java.nio.file.Path;

/** The example command bot passes the extension verification. */
class DiceExtensionTest extends ExtensionVerification {

    @Override
    protected Path extensionDirectory() {
        return ExampleExtensions.dir("dice");
    }

    @Override
    protected String nondeterminism() {
        return "dice rolls with Math.random, which the sandbox does not seed";
    }
}
