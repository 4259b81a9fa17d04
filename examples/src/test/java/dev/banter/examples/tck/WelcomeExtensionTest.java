package dev.banter.examples.tck;

import dev.banter.tck.ExtensionVerification;
import java.nio.file.Path;

/** The welcome bot passes the TCK, exactly reproducibly. */
class WelcomeExtensionTest extends ExtensionVerification {

    @Override
    protected Path extensionDirectory() {
        return Path.of("extensions/welcome");
    }
}
