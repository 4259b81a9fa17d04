package dev.banter.core;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a module's compiled descriptor from its classes, for the tests that assert each module's architecture. */
public final class ModuleDescriptors {

    private ModuleDescriptors() {}

    /** The descriptor of the module that {@code member} was compiled into (tests run on the class path). */
    public static ModuleDescriptor of(Class<?> member) throws Exception {
        Path classes = Path.of(
                member.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }
}
