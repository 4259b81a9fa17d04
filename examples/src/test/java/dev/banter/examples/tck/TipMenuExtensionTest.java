package dev.banter.examples.tck;

import dev.banter.tck.ExtensionVerification;
import java.nio.file.Path;

/** The tip-menu app passes the TCK, exactly reproducibly. */
class TipMenuExtensionTest extends ExtensionVerification {

    @Override
    protected Path extensionDirectory() {
        return Path.of("extensions/tip-menu");
    }
}
