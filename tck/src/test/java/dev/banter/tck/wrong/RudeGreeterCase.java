package dev.banter.tck.wrong;

import dev.banter.tck.ExtensionVerification;
import java.nio.file.Path;

/**
 * The extension verification run against an extension whose code does not do what its scenario says; driven by
 * {@code ScenarioRuleTest}.
 */
public class RudeGreeterCase extends ExtensionVerification {

    /** The fixture: {@code !hello} answers "Go away", its scenario expects "Hello". */
    public static final Path DIR = Path.of("src/test/resources/extensions/rude-greeter");

    @Override
    protected Path extensionDirectory() {
        return DIR;
    }
}
