package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Action;
import dev.banter.api.action.Audience;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeStyle;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.SetTipOptions;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.handler.Outcome;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.SettingsChange;
import dev.banter.api.types.Tip;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tip-goal app of {@code cb2/goal}, installed from its {@code banter.json} (per-handler files plus shared code),
 * through a real runtime on virtual time: settings, chat, tips, callbacks and the panel.
 */
class Cb2ScenarioTest {

    private static final ExtensionPackage GOAL = Cb2Harness.pkg("goal");

    private final Cb2Harness h = new Cb2Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private void install(Map<String, Object> values) {
        Map<String, Object> settings = GOAL.manifest().settings().resolve(values);
        h.install(GOAL.source(), settings, GOAL.manifest().permissions());
    }

    private Outcome tip(String user, long tokens) {
        return h.send(BuiltinTypes.TIP, User.viewer(user), new Tip(tokens, "", false));
    }

    @Test
    void appStart_setsSubjectTipOptionsReminderAndPanel() {
        install(Map.of());
        Outcome start = h.start("cb2-goal");
        assertThat(start.actions())
                .contains(
                        new SetSubject("Goal: 0/100"),
                        new SetTipOptions("Ask for", List.of("A dance", "A song")),
                        new Notice(
                                "Goal app 1.0.0 started",
                                NoticeTarget.everyone(),
                                new NoticeStyle(null, "#ff0000", NoticeStyle.Weight.BOLD)));
        assertThat(start.actions())
                .filteredOn(Custom.class::isInstance)
                .singleElement()
                .satisfies(a -> assertThat(((Custom) a).attributes())
                        .containsEntry("template", "3_rows_of_labels")
                        .containsEntry("row1_label", "Goal")
                        .containsEntry("row1_value", "100")
                        .containsEntry("row2_value", "0")
                        .containsEntry("row3_value", "100"));
    }

    @Test
    void anotherExtensionsStart_isNotOurs() {
        install(Map.of());
        assertThat(h.start("someone-else").actions()).isEmpty();
    }

    @Test
    void settings_shapeEveryLine() {
        install(Map.of("goal", 30, "title", "Shoes"));
        h.start("cb2-goal");
        assertThat(h.chat("bob", "!goal").actions())
                .containsExactly(new Notice("Shoes: 0/30", NoticeTarget.user("bob"), NoticeStyle.plain()));
    }

    @Test
    void tips_countTowardTheGoal_andReloadThePanel() {
        install(Map.of("goal", 30));
        h.start("cb2-goal");
        assertThat(tip("bob", 10).actions())
                .filteredOn(Notice.class::isInstance)
                .hasSize(1);
        Outcome reached = tip("carol", 25);
        assertThat(reached.actions())
                .contains(
                        new Notice("carol tipped 25", NoticeTarget.everyone(), NoticeStyle.plain()),
                        new Notice("Goal reached!", NoticeTarget.group(Audience.MODERATORS), NoticeStyle.plain()),
                        new SetSubject("Goal: 35/30"));
        assertThat(reached.actions())
                .filteredOn(Custom.class::isInstance)
                .singleElement()
                .satisfies(a -> assertThat(((Custom) a).attributes())
                        .containsEntry("row2_value", "35")
                        .containsEntry("row3_value", "0"));
        assertThat(h.store.get(new dev.banter.api.spi.StateScope("cb2-goal", h.room.id()), "total"))
                .contains("35");
    }

    @Test
    void chat_transformHidesSpamAndRewritesShouts() {
        install(Map.of());
        Outcome spam = h.chat("bob", "you badword");
        assertThat(spam.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(spam.reason()).isEqualTo("spam");

        Outcome shout = h.chat("bob", "/shout hello");
        assertThat(shout.modified()).isTrue();
        assertThat(shout.message().payload()).isEqualTo(new ChatMessage("HELLO", "", "#00aa00", "Arial"));
        assertThat(shout.actions())
                .containsExactly(new Notice(
                        "bob shouted in #00aa00 Arial: HELLO", NoticeTarget.everyone(), NoticeStyle.plain()));

        Outcome plain = h.chat("bob", "hello");
        assertThat(plain.delivered()).isTrue();
        assertThat(plain.modified()).isFalse();
        assertThat(plain.actions()).isEmpty();
    }

    @Test
    void callback_remindsEveryMinute() {
        install(Map.of());
        h.start("cb2-goal");
        tip("bob", 7);
        assertThat(h.noticeAfter(Duration.ofSeconds(60))).isEqualTo("Reminder: Goal: 7/100");
        assertThat(h.noticeAfter(Duration.ofSeconds(60))).isEqualTo("Reminder: Goal: 7/100");
    }

    @Test
    void settingsChange_runsItsHandler() {
        install(Map.of("goal", 50));
        Outcome changed =
                h.send(BuiltinTypes.SETTINGS_CHANGE, User.system(), new SettingsChange("cb2-goal", List.of("goal")));
        List<Action> actions = changed.actions();
        assertThat(actions)
                .containsExactly(
                        new Notice("Settings changed: Goal: 0/50", NoticeTarget.everyone(), NoticeStyle.plain()));
    }
}
