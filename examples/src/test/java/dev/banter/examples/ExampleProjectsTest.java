package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Ban;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Mute;
import dev.banter.api.action.Notice;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.Warn;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.handler.Outcome;
import dev.banter.api.room.Role;
import dev.banter.api.room.User;
import dev.banter.api.types.ChatMessage;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.Manifests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example project under {@code examples/extensions/} installs through the catalog and the room lifecycle and
 * does its headline job. The scenario files of each project are the full specification; this test proves the
 * projects run on the current sandbox.
 */
class ExampleProjectsTest {

    static final List<String> PROJECTS = List.of(
            "calm",
            "cb-tip-counter",
            "dice",
            "flood",
            "leaderboard",
            "raffle",
            "tip-goal",
            "tip-menu",
            "welcome",
            "word-filter");

    @TempDir
    Path catalog;

    private ProjectRoom room(String project) {
        return ProjectRoom.of(project, Map.of(), catalog);
    }

    private ProjectRoom room(String project, Map<String, ?> settings) {
        return ProjectRoom.of(project, settings, catalog);
    }

    static List<String> projects() {
        return PROJECTS;
    }

    @Test
    void projects_listsEveryDirectory() throws IOException {
        try (Stream<Path> dirs = Files.list(ProjectRoom.PROJECTS)) {
            assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(PROJECTS);
        }
    }

    @ParameterizedTest
    @MethodSource("projects")
    void project_isComplete_andItsManifestMatchesItsCode(String name) throws IOException {
        Path dir = ProjectRoom.PROJECTS.resolve(name);
        ExtensionPackage pkg = ExtensionPackages.read(dir);
        ExtensionManifest m = pkg.manifest();

        assertThat(m.id()).isEqualTo(name);
        assertThat(Manifests.staticProblems(m, pkg.files())).isEmpty();
        assertThat(m.settings().problems()).isEmpty();
        assertThat(dir.resolve("jsconfig.json")).isRegularFile();
        assertThat(scenarios(dir)).as("scenarios of " + name).hasSizeGreaterThanOrEqualTo(3);
    }

    private static List<Path> scenarios(Path dir) {
        try (Stream<Path> files = Files.list(dir.resolve("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void wordFilter_mutesForBannedWords_warnsForLinks_exemptsModerators() {
        try (ProjectRoom r = room("word-filter")) {
            Outcome scam = r.chat(User.viewer("bob"), "buy ScamCoin now");
            Outcome link = r.chat(User.viewer("carol"), "see https://example.com");
            Outcome fan = r.chat(User.of("fran", Role.FAN), "my page www.fran.tv");
            Outcome mod = r.chat(User.of("mod1", Role.MODERATOR), "scamcoin is a scam");

            assertThat(scam.status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(scam.actions()).containsExactly(new Mute("bob", Duration.ofSeconds(300), "said \"scamcoin\""));
            assertThat(link.actions()).containsExactly(new Warn("carol", "no links in chat, please"));
            assertThat(fan.delivered()).isTrue();
            assertThat(mod.delivered()).isTrue();
            assertThat(mod.actions()).isEmpty();
        }
        try (ProjectRoom r = room("word-filter", Map.of("punishment", "ban"))) {
            assertThat(r.chat(User.viewer("bob"), "scamcoin").actions())
                    .containsExactly(new Ban("bob", "said \"scamcoin\""));
        }
    }

    @Test
    void flood_mutesTheSixthMessageInTenSeconds_andWarnsRepeats() {
        try (ProjectRoom r = room("flood")) {
            for (int i = 1; i <= 5; i++) {
                assertThat(r.chat(User.viewer("bob"), "message " + i).delivered())
                        .isTrue();
            }
            Outcome sixth = r.chat(User.viewer("bob"), "message 6");
            r.advance(Duration.ofSeconds(30));
            r.chat(User.viewer("carol"), "hi");
            r.chat(User.viewer("carol"), "hi");
            Outcome third = r.chat(User.viewer("carol"), "hi");

            assertThat(sixth.status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(sixth.actions())
                    .containsExactly(new Mute("bob", Duration.ofSeconds(60), "flooding: 6 messages in 10 s"));
            assertThat(third.actions()).containsExactly(new Warn("carol", "please do not repeat yourself"));
        }
    }

    @Test
    void tipGoal_thanksShowsProgressAndAnnouncesTheGoalOnce() {
        try (ProjectRoom r = room("tip-goal", Map.of("goal", 50))) {
            assertThat(r.subject()).isEqualTo("Tip goal: 0/50");
            r.tip("bob", 20);
            assertThat(r.subject()).isEqualTo("Tip goal: 20/50");
            Outcome reached = r.tip("carol", 40, true);

            assertThat(reached.actions())
                    .containsExactly(
                            Notice.toUser("carol", "Thank you carol!"),
                            new SetSubject("Tip goal: goal reached! (60/50)"),
                            ((Notice) reached.actions().get(2)));
            assertThat(((Notice) reached.actions().get(2)).text())
                    .isEqualTo("Goal reached: Tip goal! The last 40 tokens came from an anonymous tipper.");
            assertThat(r.tip("dave", 1).actions()).hasSize(2);
        }
    }

    @Test
    void tipMenu_postsTheMenuOnATimer_andMatchesTips() {
        try (ProjectRoom r = room("tip-menu")) {
            String menu = "Tip menu: Flash (25) | Dance (50) | Song request (100)";
            assertThat(r.notices()).containsExactly(menu);
            r.advance(Duration.ofMinutes(10));
            assertThat(r.notices()).containsExactly(menu, menu);

            assertThat(r.tip("bob", 50).actions()).containsExactly(Notice.toAll("bob tipped 50 for Dance!"));
            assertThat(r.tip("bob", 51).actions()).isEmpty();
        }
    }

    @Test
    void welcome_greetsOncePerUser() {
        try (ProjectRoom r = room("welcome")) {
            Outcome first = r.enter(User.viewer("bob"));
            Outcome again = r.enter(User.viewer("bob"));
            Outcome owner = r.enter(User.of("alice", Role.OWNER));

            assertThat(first.actions()).containsExactly(Notice.toUser("bob", "Welcome to the room, bob!"));
            assertThat(again.actions()).isEmpty();
            assertThat(owner.actions()).isEmpty();
        }
    }

    @Test
    void dice_rollsForEveryone() {
        try (ProjectRoom r = room("dice")) {
            Notice rolled =
                    (Notice) r.chat(User.viewer("bob"), "!roll 2d6").actions().get(0);

            assertThat(rolled.text()).matches("bob rolled 2d6: [1-6] \\+ [1-6] = \\d+");
        }
    }

    @Test
    void calm_lowerCasesShouting() {
        try (ProjectRoom r = room("calm")) {
            Outcome shout = r.chat(User.viewer("bob"), "WHY IS NOBODY TIPPING");

            assertThat(shout.message().payload()).isEqualTo(new ChatMessage("why is nobody tipping"));
        }
    }

    @Test
    void raffle_sellsTicketsAndDrawsTheOnlyEntrant() {
        try (ProjectRoom r = room("raffle")) {
            assertThat(r.tip("bob", 30).actions()).containsExactly(Notice.toUser("bob", "You have 3 tickets."));
            r.advance(Duration.ofMinutes(5));

            assertThat(r.notices()).last().isEqualTo("The raffle is over! bob wins a private show with 3 tickets!");
            assertThat(r.tip("carol", 100).actions()).isEmpty();
        }
    }

    @Test
    void leaderboard_ranksTippers() {
        try (ProjectRoom r = room("leaderboard")) {
            r.tip("bob", 50);
            r.tip("carol", 120);
            r.tip("bob", 30);
            r.tip("zed", 500, true);

            assertThat(r.chat(User.viewer("dave"), "!top").actions())
                    .containsExactly(Notice.toAll("Top tippers: 1. carol 120, 2. bob 80"));
            assertThat(r.chat(User.viewer("bob"), "!me").actions())
                    .containsExactly(Notice.toUser("bob", "You tipped 80 tokens so far."));
        }
    }

    @Test
    void cbTipCounter_thanksCountsInTheSubjectAndDrawsThePanel() {
        try (ProjectRoom r = room("cb-tip-counter")) {
            assertThat(r.subject()).isEqualTo("Tip goal [200 tokens left]");
            Outcome tip = r.tip("bob", 50);

            assertThat(tip.actions()).hasSize(3);
            assertThat(((Notice) tip.actions().get(0)).text()).isEqualTo("Thank you for your 50 token tip, bob!");
            assertThat(tip.actions().get(1)).isEqualTo(new SetSubject("Tip goal [150 tokens left]"));
            Custom panel = (Custom) tip.actions().get(2);
            assertThat(panel.name()).isEqualTo("panel");
            assertThat(panel.attributes())
                    .containsEntry("row1_value", "50 / 200")
                    .containsEntry("row2_value", "bob (50)");
        }
    }
}
