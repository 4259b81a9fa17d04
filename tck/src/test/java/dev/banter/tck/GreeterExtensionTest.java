package dev.banter.tck;

import java.nio.file.Path;

/** A small extension that does what its scenario says passes every rule of section 14, the scenarios included. */
class GreeterExtensionTest extends ExtensionVerification {

    static final Path DIR = Path.of("src/test/resources/extensions/greeter");

    @Override
    protected Path extensionDirectory() {
        return DIR;
    }
}
