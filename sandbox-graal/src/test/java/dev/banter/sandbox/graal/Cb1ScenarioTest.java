package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Cb1Room.actions;
import static dev.banter.sandbox.graal.Cb1Room.failure;
import static dev.banter.sandbox.graal.Cb1Room.notices;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Audience;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeStyle;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.SetSubject;
import dev.banter.api.handler.Outcome;
import dev.banter.api.room.Role;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole {@code cb/1} apps through a real runtime: settings, chat, tips, timers and the panel. */
class Cb1ScenarioTest {

    @Test
    void tipGoal_startsWithDefaultSettings_andRunsTopLevelCallsAtTheStart() {
        try (Cb1Room room = Cb1Room.with("tip-goal.js")) {
            Outcome start = room.start();

            assertThat(failure(start)).isEmpty();
            assertThat(actions(start, SetSubject.class))
                    .extracting(SetSubject::subject)
                    .containsExactly("the goal [200 tokens left]");
            assertThat(notices(start)).containsExactly("Tip goal app started by alice");
            Custom panel = actions(start, Custom.class).getFirst();
            assertThat(panel.name()).isEqualTo("panel");
            assertThat(panel.attributes())
                    .containsEntry("template", "3_rows_of_labels")
                    .containsEntry("row1_value", "0 / 200")
                    .containsEntry("row3_value", "alice");
        }
    }

    @Test
    void tipGoal_countsTips_thanksTheTipper_andTellsTheModeratorsAtTheGoal() {
        try (Cb1Room room = Cb1Room.with("tip-goal.js", Map.of("goal", 100L, "thanks", "Merci"), Fixture.ALL)) {
            room.start();
            Outcome first = room.send(BuiltinTypes.TIP, User.viewer("bob"), new Tip(40, "", false));
            Outcome second = room.send(BuiltinTypes.TIP, User.viewer("carol"), new Tip(60, "", false));

            Notice thanks = actions(first, Notice.class).getFirst();
            assertThat(thanks.text()).isEqualTo("Merci, bob!");
            assertThat(thanks.target()).isEqualTo(NoticeTarget.user("bob"));
            assertThat(thanks.style()).isEqualTo(new NoticeStyle("#FFFFCC", "#000000", NoticeStyle.Weight.BOLD));
            assertThat(actions(first, SetSubject.class))
                    .extracting(SetSubject::subject)
                    .containsExactly("the goal [60 tokens left]");
            assertThat(actions(first, Custom.class).getFirst().attributes())
                    .containsEntry("row1_value", "40 / 100")
                    .containsEntry("row2_value", "bob");

            assertThat(notices(second)).containsExactly("Merci, carol!", "Goal reached!", "mods: the goal is reached");
            Notice mods = actions(second, Notice.class).get(2);
            assertThat(mods.target()).isEqualTo(NoticeTarget.group(Audience.MODERATORS));
            assertThat(actions(second, Notice.class).get(1).style().weight()).isEqualTo(NoticeStyle.Weight.BOLDER);
        }
    }

    @Test
    void tipGoal_repeatsItsAdvertOnTheEngineTimers() {
        try (Cb1Room room = Cb1Room.with("tip-goal.js", Map.of("advert_minutes", 2L), Fixture.ALL)) {
            room.start();
            room.clock.advance(Duration.ofMinutes(7));

            assertThat(room.f.delivered(0).stream()
                            .filter(a -> a instanceof Notice n && n.text().startsWith("Tip goal:"))
                            .count())
                    .isEqualTo(3);
        }
    }

    @Test
    void tipGoal_greetsEnteringUsersPrivately() {
        try (Cb1Room room = Cb1Room.with("tip-goal.js")) {
            room.start();
            Outcome enter = room.send(BuiltinTypes.USER_ENTER, User.viewer("dave"), UserEnter.INSTANCE);

            Notice hello = actions(enter, Notice.class).getFirst();
            assertThat(hello.text()).isEqualTo("Welcome dave! Tip to help reach the goal.");
            assertThat(hello.target()).isEqualTo(NoticeTarget.user("dave"));
        }
    }

    @Test
    void topLevelCalls_runAtTheFirstEvent_whenTheHostSendsNoStart() {
        try (Cb1Room room = Cb1Room.with("tip-goal.js")) {
            Outcome enter = room.send(BuiltinTypes.USER_ENTER, User.viewer("dave"), UserEnter.INSTANCE);

            assertThat(notices(enter))
                    .containsExactly("Tip goal app started by alice", "Welcome dave! Tip to help reach the goal.");
        }
    }

    @Test
    void chatFilter_hidesSpam_restylesFans_rewritesShouting_andContainsThrows() {
        try (Cb1Room room = Cb1Room.with("chat-filter.js")) {
            Outcome spam = room.chat("buy scamcoin now");
            assertThat(spam.status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(spam.reason()).isEqualTo("X-Spam");
            assertThat(notices(spam)).containsExactly("Your message was hidden.");

            Outcome fan = room.chat(User.of("fanny", Role.FAN), "hello there");
            assertThat(fan.status()).isEqualTo(Outcome.Status.DELIVERED);
            assertThat(fan.modified()).isTrue();
            assertThat((ChatMessage) fan.message().payload())
                    .isEqualTo(new ChatMessage("hello there", "#EEFFEE", "#009900", "Arial"));
            assertThat(actions(fan, Custom.class)).isEmpty();

            Outcome loud = room.chat("STOP SHOUTING");
            assertThat(loud.modified()).isTrue();
            assertThat(((ChatMessage) loud.message().payload()).body()).isEqualTo("stop shouting");

            Outcome rules = room.chat("/rules");
            assertThat(rules.status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(notices(rules)).containsExactly("Be nice. No spam.");

            Outcome unknown = room.chat("/dance");
            assertThat(unknown.status()).isEqualTo(Outcome.Status.DELIVERED);
            assertThat(failure(unknown)).contains("unexpected command dance");

            assertThat(room.chat("plain").actions()).isEmpty();
        }
    }

    @Test
    void chatFilter_takesItsWordsFromTheSettings() {
        try (Cb1Room room = Cb1Room.with("chat-filter.js", Map.of("banned_words", "meh"), Fixture.ALL)) {
            assertThat(room.chat("scamcoin is fine here").status()).isEqualTo(Outcome.Status.DELIVERED);
            assertThat(room.chat("meh").status()).isEqualTo(Outcome.Status.REJECTED);
        }
    }

    @Test
    void imagePanel_sendsTheLayers_thenTheRowLayouts() {
        try (Cb1Room room = Cb1Room.with("image-panel.js")) {
            Custom image = actions(room.start(), Custom.class).getFirst();
            assertThat(image.attributes()).containsEntry("template", "image_template");
            assertThat(image.attributes().get("layers")).contains("\"fileID\":\"a1b2c3\"", "\"text\":\"TIPS\"");

            for (String layout : new String[] {"3_rows_11_21_31", "3_rows_12_21_31", "3_rows_12_22_31"}) {
                Outcome tip = room.send(BuiltinTypes.TIP, User.viewer("bob"), new Tip(1, "", false));
                assertThat(actions(tip, Custom.class).getFirst().attributes())
                        .containsEntry("template", layout)
                        .containsEntry("row2_value", "two");
            }
        }
    }
}
