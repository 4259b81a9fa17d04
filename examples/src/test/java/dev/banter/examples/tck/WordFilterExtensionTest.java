package dev.banter.examples.tck;

import dev.banter.tck.ExtensionVerification;
import java.nio.file.Path;

/** The word-filter bot passes the TCK, exactly reproducibly. */
class WordFilterExtensionTest extends ExtensionVerification {

    @Override
    protected Path extensionDirectory() {
        return Path.of("extensions/word-filter");
    }
}
