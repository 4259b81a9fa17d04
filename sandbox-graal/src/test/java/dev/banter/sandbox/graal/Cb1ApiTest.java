package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Cb1Room.actions;
import static dev.banter.sandbox.graal.Cb1Room.failure;
import static dev.banter.sandbox.graal.Cb1Room.notices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Audience;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeStyle;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.Permission;
import dev.banter.api.action.SetTipOptions;
import dev.banter.api.handler.Outcome;
import dev.banter.api.room.Gender;
import dev.banter.api.room.Role;
import dev.banter.api.room.TipperTier;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.types.BroadcastStart;
import dev.banter.api.types.BroadcastStop;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.FanclubJoin;
import dev.banter.api.types.Follow;
import dev.banter.api.types.MediaPurchase;
import dev.banter.api.types.Tip;
import dev.banter.api.types.TipMenuOpen;
import dev.banter.api.types.Unfollow;
import dev.banter.api.types.UserEnter;
import dev.banter.api.types.UserLeave;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every member of the {@code cb/1} surface, through the test apps in {@code src/test/resources/cb1}. */
class Cb1ApiTest {

    private static final User RICH = new User("rich", Set.of(Role.HAS_TOKENS), TipperTier.TIPPED_A_LOT, Gender.TRANS);

    @Test
    void events_reachEveryHook_withTheDocumentedFields() {
        try (Cb1Room room = Cb1Room.with("events.js")) {
            assertThat(notices(room.start())).containsExactly("start alice");
            assertThat(notices(room.send(BuiltinTypes.USER_ENTER, RICH, UserEnter.INSTANCE)))
                    .containsExactly("enter rich false,true,false,true,true,false,s");
            assertThat(notices(room.send(BuiltinTypes.USER_LEAVE, RICH, UserLeave.INSTANCE)))
                    .containsExactly("leave rich");
            assertThat(notices(room.send(BuiltinTypes.USER_FOLLOW, RICH, Follow.INSTANCE)))
                    .containsExactly("follow rich");
            assertThat(notices(room.send(BuiltinTypes.USER_UNFOLLOW, RICH, Unfollow.INSTANCE)))
                    .containsExactly("unfollow rich");
            assertThat(notices(room.send(BuiltinTypes.FANCLUB_JOIN, User.of("fan", Role.FAN), new FanclubJoin(1))))
                    .containsExactly("fanclub fan true");
            assertThat(notices(
                            room.send(BuiltinTypes.MEDIA_PURCHASE, RICH, new MediaPurchase("video", "Beach day", 250))))
                    .containsExactly("media rich video Beach day 250");
            assertThat(notices(room.send(
                            BuiltinTypes.BROADCAST_START, User.of("alice", Role.OWNER), BroadcastStart.INSTANCE)))
                    .containsExactly("broadcast start alice");
            assertThat(notices(room.send(
                            BuiltinTypes.BROADCAST_STOP, User.of("alice", Role.OWNER), BroadcastStop.INSTANCE)))
                    .containsExactly("broadcast stop alice");
            User mod = new User("mo", Set.of(Role.MODERATOR, Role.FAN), TipperTier.TIPPED_TONS, Gender.FEMALE);
            assertThat(notices(room.send(BuiltinTypes.TIP, mod, new Tip(25, "for you", false))))
                    .containsExactly("tip 25 for you alice mo true false true true true true f false");
            assertThat(notices(room.chat(mod, "hi all")))
                    .containsExactly("chat mo hi all #494949 default true,false,true,true,true,true,f");
        }
    }

    @Test
    void subscriptions_areTheHooksTheAppRegistered() {
        try (Cb1Room room = Cb1Room.with("chat-filter.js")) {
            assertThat(room.instance.subscriptions())
                    .extracting(s -> s.type())
                    .containsExactlyInAnyOrder("chat.message", "extension.start", "timer");
        }
    }

    @Test
    void helpers_cbjs() {
        try (Cb1Room room = Cb1Room.with("helpers.js")) {
            assertThat(notices(room.chat("!contains bob"))).containsExactly("contains true");
            assertThat(notices(room.chat("!contains zed"))).containsExactly("contains false");
            assertThat(notices(room.chat("!remove bob"))).containsExactly("removed alice|carol");
            assertThat(notices(room.chat("!join"))).containsExactly("joined alice+bob+carol");
        }
    }

    @Test
    void helpers_ownerAndUsersData() {
        try (Cb1Room room = Cb1Room.with("helpers.js")) {
            room.chat(User.of("mo", Role.MODERATOR), "hello");
            room.chat(User.of("fan", Role.FAN), "hello");
            assertThat(notices(room.chat("!owner"))).containsExactly("owner true alice");
            assertThat(notices(room.chat("!users"))).containsExactly("users red=mo green=fan grey=bob");
        }
    }

    @Test
    void helpers_limitCam_keepsItsStateAndTellsTheHost() {
        try (Cb1Room room = Cb1Room.with("helpers.js")) {
            Outcome cam = room.chat("!cam");
            assertThat(notices(cam)).containsExactly("cam true true false bob");
            assertThat(actions(cam, Custom.class))
                    .extracting(
                            Custom::name,
                            c -> c.attributes().get("op"),
                            c -> c.attributes().get("users"))
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("limitcam", "start", "alice"),
                            org.assertj.core.groups.Tuple.tuple("limitcam", "add", "bob"),
                            org.assertj.core.groups.Tuple.tuple("limitcam", "remove", "alice"));
            assertThat(actions(cam, Custom.class).getFirst().attributes()).containsEntry("message", "private show");

            Outcome stop = room.chat("!camstop");
            assertThat(notices(stop)).containsExactly("cam false");
            assertThat(actions(stop, Custom.class))
                    .extracting(c -> c.attributes().get("op"))
                    .containsExactly("remove-all", "stop");
        }
    }

    @Test
    void helpers_tipOptions_answerTheTipMenu() {
        try (Cb1Room room = Cb1Room.with("helpers.js")) {
            assertThat(actions(room.start(), SetTipOptions.class))
                    .containsExactly(new SetTipOptions("Pick one:", java.util.List.of("song request", "dance")));
            Outcome menu = room.send(BuiltinTypes.TIP_MENU_OPEN, User.viewer("bob"), TipMenuOpen.INSTANCE);
            assertThat(actions(menu, SetTipOptions.class)).hasSize(1);
        }
    }

    @Test
    void helpers_whatRealAppsRelyOn() {
        try (Cb1Room room = Cb1Room.with("helpers.js")) {
            room.start();
            assertThat(room.f.logs).contains("info loaded; this is the global object: true");
            assertThat(notices(room.chat("!eval"))).containsExactly("eval 3");
            assertThat(notices(room.chat("!settings"))).containsExactly("settings written by the app 1.0");
            assertThat(notices(room.chat("!spread"))).containsExactly("spread 9");
            assertThat(notices(room.chat("!count"))).containsExactly("count 4"); // the wrapper saw every chat message
        }
    }

    @Test
    void timers_bareSetTimeoutWithArguments_andCancelTimeout() {
        try (Cb1Room room = Cb1Room.with("helpers.js")) {
            room.start();
            room.chat("!later");
            room.chat("!cancel");
            room.clock.advance(Duration.ofMinutes(2));

            assertThat(room.f.delivered(0).stream()
                            .filter(a -> a instanceof Notice)
                            .map(a -> ((Notice) a).text()))
                    .contains("later for bob")
                    .doesNotContain("cancelled one fired", "this never fires");
        }
    }

    @Test
    void noticesAndLogs_areCutAt48KiB() {
        try (Cb1Room room = Cb1Room.with("helpers.js")) {
            assertThat(notices(room.chat("!big")).getFirst()).hasSize(48 * 1024);
            room.chat("!log");
            assertThat(room.f.logs).anySatisfy(line -> assertThat(line).startsWith("info xxxx"));
        }
    }

    @Test
    void forgottenReturn_deliversTheMessageUnchanged_andWarnsOnce() {
        try (Cb1Room room = Cb1Room.with("forgetful.js")) {
            Outcome first = room.chat("keep me");
            room.chat("again");

            assertThat(first.modified()).isFalse();
            assertThat(((ChatMessage) first.message().payload()).body()).isEqualTo("keep me");
            assertThat(room.f.logs.stream().filter(l -> l.contains("returned undefined")))
                    .hasSize(1);
        }
    }

    @Test
    void settingsLoop_isStoppedByTheLoadLimits() {
        try (Cb1Room room = new Cb1Room()) {
            assertThatThrownBy(() ->
                            room.f.sandbox.instantiate(Cb1Room.spec(room.f, "loop", Cb1Room.app("settings-loop.js"))
                                    .withLimits(SandboxLimits.defaults().with(LimitKind.STATEMENTS, 100_000))))
                    .isInstanceOfSatisfying(
                            ExtensionException.class,
                            e -> assertThat(e.isLimitExceeded()).isTrue());
        }
    }

    @Test
    void sendNotice_mapsEveryColourGroup_andDropsBadStylesWithAWarning() {
        String code = Fixture.lines(
                "cb.onMessage(function (m) {",
                "  ['red', 'green', 'darkblue', 'lightpurple', 'darkpurple', 'lightblue'].forEach(function (g) {",
                "    cb.sendNotice('to ' + g, '', '', '', '', g);",
                "  });",
                "  cb.sendNotice('odd style', '', 'pink', '#12345', 'heavy');",
                "  cb.sendNotice('nobody', '', '', '', '', 'orange');",
                "  cb.sendNotice('');",
                "  return m;",
                "});");
        try (Cb1Room room = Cb1Room.of("groups", code)) {
            Outcome out = room.chat("go");

            assertThat(actions(out, Notice.class).stream().map(Notice::target).limit(6))
                    .containsExactly(
                            NoticeTarget.group(Audience.MODERATORS),
                            NoticeTarget.group(Audience.FANS),
                            NoticeTarget.group(Audience.TIPPED),
                            NoticeTarget.group(Audience.TIPPED_A_LOT),
                            NoticeTarget.group(Audience.TIPPED_TONS),
                            NoticeTarget.group(Audience.HAS_TOKENS));
            assertThat(notices(out)).hasSize(7).doesNotContain("nobody", "");
            assertThat(actions(out, Notice.class).get(6).style()).isEqualTo(NoticeStyle.plain());
            assertThat(room.f.logs).anySatisfy(l -> assertThat(l).contains("'pink' is not #rgb or #rrggbb"));
            assertThat(room.f.logs).anySatisfy(l -> assertThat(l).contains("unknown to_group 'orange'"));
        }
    }

    @Test
    void permissions_applyToDialectCalls() {
        String code = "cb.onMessage(function (m) { cb.sendNotice('hi'); return m; });";
        try (Cb1Room room = Cb1Room.of("quiet", code, Set.of(Permission.SUBJECT))) {
            Outcome out = room.chat("go");
            assertThat(out.actions()).isEmpty();
            assertThat(failure(out)).contains("needs the 'notice' permission");
        }
    }

    @Test
    void timers_shorterThanTheMinimum_runAtTheMinimum() {
        String code =
                Fixture.lines("cb.onTip(function () { cb.setTimeout(function () { cb.sendNotice('soon'); }, 10); });");
        try (Cb1Room room = Cb1Room.of("hasty", code)) {
            room.send(BuiltinTypes.TIP, User.viewer("bob"), new Tip(1, "", false));
            room.clock.advance(Duration.ofMillis(500));
            assertThat(room.f.delivered(0)).noneMatch(a -> a instanceof Notice);
            room.clock.advance(Duration.ofMillis(600));
            assertThat(room.f.delivered(1))
                    .anyMatch(a -> a instanceof Notice n && n.text().equals("soon"));
            assertThat(room.f.logs).anySatisfy(l -> assertThat(l).contains("10 ms is below the minimum of 1000 ms"));
        }
    }

    @Test
    void lateRegistration_warns() {
        String code = "cb.onMessage(function (m) { cb.onTip(function () {}); return m; });";
        try (Cb1Room room = Cb1Room.of("late", code)) {
            room.chat("go");
            assertThat(room.f.logs)
                    .anySatisfy(l -> assertThat(l).contains("cb.onTip was first called after the app started"));
        }
    }

    @Test
    void registration_refusesWhatIsNotAFunction() {
        try (Cb1Room room = new Cb1Room()) {
            assertThatThrownBy(() -> room.f.sandbox.instantiate(Cb1Room.spec(room.f, "bad", "cb.onTip(42);")))
                    .isInstanceOf(ExtensionException.class)
                    .hasMessageContaining("cb.onTip(func): func must be a function, was number");
        }
    }

    @Test
    void declarations_holdTheEvaluatedSettingsChoices() {
        try (Cb1Room room = Cb1Room.with("chat-filter.js")) {
            assertThat(room.instance.declarations())
                    .startsWith("{\"settings_choices\":[{\"name\":\"banned_words\"")
                    .contains("\"defaultValue\":\"#009900\"");
        }
    }
}
