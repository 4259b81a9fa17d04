package dev.banter.tck;

import java.nio.file.Path;

/** The example app passes the extension verification, exactly reproducibly. */
class CalmExtensionTest extends ExtensionVerification {

    @Override
    protected Path extensionDirectory() {
        return ExampleExtensions.dir("calm");
    }
}
