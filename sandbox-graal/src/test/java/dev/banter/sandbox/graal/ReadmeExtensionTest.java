package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Notice;
import dev.banter.api.action.SetSubject;
import dev.banter.api.handler.Outcome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the JavaScript example of the README exactly as printed there. */
class ReadmeExtensionTest {

    private final Fixture f = new Fixture();

    @AfterEach
    void close() {
        f.close();
    }

    static String readmeExtension() {
        String readme = Fixture.read(Path.of("../README.md"));
        int start = readme.indexOf("```js\n// tipgoal.js\n");
        assertThat(start).as("README has the tipgoal.js example").isNotNegative();
        int from = readme.indexOf('\n', start) + 1;
        return readme.substring(from, readme.indexOf("```", from));
    }

    @Test
    void readmeExtension_thanksTippers_answersTop_rejectsScams() {
        f.install(f.spec("alice", "tipgoal", readmeExtension()).withSettings(Map.of("goal", 500)));

        Outcome tip = f.tip("alice", "bob", 25);
        Outcome top = f.chat("alice", "carol", "!top");
        Outcome scam = f.chat("alice", "mallory", "buy scamcoin");

        assertThat(tip.actions()).containsExactly(Notice.toUser("bob", "thanks bob!"), new SetSubject("Goal: 25/500"));
        assertThat(top.actions()).containsExactly(Notice.toAll("total so far: 25"));
        assertThat(scam.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(scam.reason()).isEqualTo("scam");
    }
}
