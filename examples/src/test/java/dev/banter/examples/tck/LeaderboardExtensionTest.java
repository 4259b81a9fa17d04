package dev.banter.examples.tck;

import dev.banter.tck.ExtensionVerification;
import java.nio.file.Path;

/** The tippers' leaderboard passes the TCK, exactly reproducibly. */
class LeaderboardExtensionTest extends ExtensionVerification {

    @Override
    protected Path extensionDirectory() {
        return Path.of("extensions/leaderboard");
    }
}
