package dev.banter.examples.tck;

import dev.banter.tck.ExtensionVerification;
import java.nio.file.Path;

/** The {@code cb/1} tip counter passes the TCK, exactly reproducibly. */
class CbTipCounterExtensionTest extends ExtensionVerification {

    @Override
    protected Path extensionDirectory() {
        return Path.of("extensions/cb-tip-counter");
    }
}
