package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Action;
import dev.banter.api.action.Audience;
import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeStyle;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.Permission;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.SetTipOptions;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.room.Gender;
import dev.banter.api.room.Role;
import dev.banter.api.room.TipperTier;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.types.BroadcastStart;
import dev.banter.api.types.BroadcastStop;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.FanclubJoin;
import dev.banter.api.types.Follow;
import dev.banter.api.types.MediaPurchase;
import dev.banter.api.types.RoomStatus;
import dev.banter.api.types.Tip;
import dev.banter.api.types.Unfollow;
import dev.banter.api.types.UserEnter;
import dev.banter.api.types.UserLeave;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every cb/2 member, through the members app of {@code cb2/members} (handlers found by file name). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Cb2ApiTest {

    private Cb2Harness h;
    private ExtensionInstance app;

    @BeforeAll
    void install() {
        h = new Cb2Harness();
        app = h.install(Cb2Harness.bare("members", "members"), Map.of(), Cb2Harness.ALL);
    }

    @AfterAll
    void close() {
        h.close();
    }

    @BeforeEach
    void clear() {
        h.delivered(0);
        h.actions.clear();
    }

    private String say(String body) {
        return say(User.viewer("bob"), body, 1);
    }

    private String say(User user, String body, int actions) {
        h.chat(user, body);
        return h.lastNotice(actions);
    }

    @Test
    void subscriptions_followTheHandlerFiles() {
        assertThat(app.subscriptions())
                .extracting(Subscription::type)
                .contains(
                        "chat.message",
                        "tip",
                        "user.enter",
                        "user.leave",
                        "user.follow",
                        "user.unfollow",
                        "fanclub.join",
                        "media.purchase",
                        "broadcast.start",
                        "broadcast.stop",
                        "room.status",
                        "timer")
                .doesNotContain("settings.change", "extension.start");
    }

    @Test
    void user_fieldsFromTheSender() {
        User fan = User.of("carol", Role.FAN, Role.HAS_TOKENS)
                .withTipper(TipperTier.TIPPED_A_LOT)
                .withGender(Gender.FEMALE);
        assertThat(say(fan, "!user", 1)).isEqualTo("user | carol | false | false | true | true | lots | f | f");
        assertThat(say(User.of("mia", Role.MODERATOR), "!user", 1)).endsWith("| m");
        assertThat(say(User.of("alice", Role.OWNER), "!user", 1)).contains("| alice | true |");
    }

    @Test
    void roomEvents_reachTheirHandlers() {
        User bob = User.viewer("bob");
        h.send(BuiltinTypes.USER_ENTER, bob, new UserEnter());
        h.send(BuiltinTypes.USER_LEAVE, bob, new UserLeave());
        h.send(BuiltinTypes.USER_FOLLOW, bob, new Follow());
        h.send(BuiltinTypes.USER_UNFOLLOW, bob, new Unfollow());
        h.send(BuiltinTypes.FANCLUB_JOIN, User.of("bob", Role.FAN), new FanclubJoin(3));
        h.send(BuiltinTypes.MEDIA_PURCHASE, bob, new MediaPurchase("photos", "set 1", 25));
        h.send(BuiltinTypes.BROADCAST_START, User.system(), new BroadcastStart());
        h.send(BuiltinTypes.ROOM_STATUS, User.system(), new RoomStatus("private"));
        h.send(BuiltinTypes.BROADCAST_STOP, User.system(), new BroadcastStop());
        h.send(BuiltinTypes.TIP, bob, new Tip(50, "for you", false));
        h.send(BuiltinTypes.TIP, bob, new Tip(5, "", true));
        h.delivered(11);
        assertThat(h.notices())
                .hasSize(11)
                .startsWith("enter | {\"username\":\"bob\",\"isOwner\":false,\"isMod\":false,\"inFanclub\":false,"
                        + "\"hasTokens\":false,\"recentTips\":\"none\",\"gender\":\"u\",\"colorGroup\":\"g\"}")
                .containsSubsequence(
                        "leave | bob",
                        "follow | bob",
                        "unfollow | bob",
                        "fanclub | bob | 3 | true",
                        "media | photos | set 1 | 25",
                        "broadcast start | alice",
                        "status | private",
                        "broadcast stop",
                        "tip | 50 | for you | false | bob",
                        "tip | 5 |  | true | bob");
    }

    @Test
    void kv_getSetIncrDecrRemoveIter() {
        h.chat("bob", "!kv");
        h.delivered(4);
        assertThat(h.notices())
                .containsExactly(
                        "get | 1 | {\"n\":[1,2]} | soon gone | fallback | Error: $kv.get('missing'): no such key,"
                                + " and no default was given",
                        "incr | 1 | 6 | 5 | 3 | TypeError: $kv.incr('obj'): the value is a object, not a number",
                        "iter | a=1,c=3,obj={\"n\":[1,2]},short=\"soon gone\"",
                        "remove | true | false | Error: $kv.get('a'): no such key, and no default was given");
    }

    @Test
    void kv_expiryOnTheEngineClock_prefixIterAndClear() {
        h.chat("bob", "!kv");
        h.delivered(4);
        h.actions.clear();
        assertThat(say("!kv-later")).isEqualTo("later | soon gone | 3");
        h.clock.advance(Duration.ofSeconds(31));
        h.actions.clear();
        assertThat(say("!kv-later")).isEqualTo("later | expired | 3");
        h.actions.clear();
        assertThat(say("!kv-prefix")).isEqualTo("prefix | p:1,p:2");
        h.actions.clear();
        assertThat(say("!kv-clear"))
                .isEqualTo("cleared | Error: $kv.get('c'): no such key, and no default was given | none");
    }

    @Test
    void limitcam_tracksAccessAndEmitsActions() {
        h.chat("bob", "!cam");
        List<Action> actions = h.delivered(7);
        assertThat(h.notices()).containsExactly("cam | true | true | false | carol,dave", "cam after | false | 0");
        assertThat(actions)
                .filteredOn(Custom.class::isInstance)
                .map(a -> ((Custom) a).attributes().get("op") + ":"
                        + ((Custom) a).attributes().get("users"))
                .containsExactly("start:bob", "add:carol,dave", "remove:bob", "remove-all:", "stop:");
        assertThat(((Custom) actions.getFirst()).attributes()).containsEntry("message", "Private show");
    }

    @Test
    void app_factsAndGrantedPermissions() {
        assertThat(say("!app"))
                .isEqualTo("app | members | 1.0.0 | cb/2 | notice,subject,moderation.warn,moderation.mute,"
                        + "moderation.kick,moderation.ban,tip-options,timers,kv,custom | true | true | alice");
    }

    @Test
    void message_isReadOnlyOutsideTheTransform() {
        Outcome outcome = h.chat("bob", "!message");
        assertThat(h.lastNotice(1)).isEqualTo("message | !message | !message | false |  |  | ");
        assertThat(outcome.delivered()).isTrue();
        assertThat(outcome.modified()).isFalse();
        assertThat(h.logs).anyMatch(l -> l.contains("$message.setBody has effect only in the Chat Message Transform"));
    }

    @Test
    void sendNotice_optionsMapToTargetsAndStyles() {
        h.chat("bob", "!notice");
        List<Action> actions = h.delivered(4);
        Notice toBob = (Notice) actions.get(0);
        assertThat(toBob.target()).isEqualTo(NoticeTarget.user("bob"));
        assertThat(toBob.style()).isEqualTo(new NoticeStyle("#000000", "#ffffff", NoticeStyle.Weight.BOLDER));
        assertThat(((Notice) actions.get(1)).target()).isEqualTo(NoticeTarget.group(Audience.FANS));
        assertThat(h.notices())
                .contains(
                        "bad group | TypeError: $room.sendNotice: unknown toColorGroup 'nope'",
                        "bad options | TypeError: $room.sendNotice options must be an object of toUsername, color,"
                                + " bgColor, fontWeight, toColorGroup, was number");
    }

    @Test
    void setSubject_cutsAt200Chars() {
        h.chat("bob", "!subject");
        List<Action> actions = h.delivered(2);
        assertThat(((SetSubject) actions.getFirst()).subject()).hasSize(200);
        assertThat(h.notices()).containsExactly("subject | 200");
        assertThat(h.logs).anyMatch(l -> l.contains("cut a subject of 250 chars to 200"));
    }

    @Test
    void setTipOptions_becomesTheTipOptionsAction() {
        h.chat("bob", "!tips");
        List<Action> actions = h.delivered(2);
        assertThat(h.notices().getFirst()).startsWith("bad tips | TypeError: $room.setTipOptions takes");
        assertThat(actions).contains(new SetTipOptions("Menu", List.of("one", "two")));
    }

    @Test
    void callback_createFiresWithItsLabel_andCancelStopsIt() {
        h.chat("bob", "!timers");
        h.delivered(3);
        assertThat(h.noticeAfter(Duration.ofSeconds(5))).isEqualTo("callback | once | 1");
        assertThat(h.noticeAfter(Duration.ofSeconds(5))).isEqualTo("callback | twice | 1");
        h.actions.clear();
        h.advance(Duration.ofSeconds(10));
        List<Action> actions = h.delivered(2);
        assertThat(h.notices()).containsExactly("callback | twice | 2");
        assertThat(actions).contains(new CancelTimer("twice"));
        h.actions.clear();
        h.advance(Duration.ofSeconds(30));
        assertThat(h.delivered(0)).isEmpty();
    }

    @Test
    void throwingHandler_isContained() {
        Outcome outcome = h.chat("bob", "!throw");
        assertThat(outcome.delivered()).isTrue();
        assertThat(outcome.trace())
                .singleElement()
                .satisfies(t -> assertThat(t.toString()).contains("unexpected command"));
        assertThat(say("!app")).startsWith("app | members");
    }

    @Test
    void kvWithoutPermission_failsNamingThePermission() {
        try (Cb2Harness other = new Cb2Harness()) {
            other.install(
                    Cb2Harness.inline(
                            "nokv",
                            Map.of(
                                    "chatMessage.js",
                                    "try { $kv.set('a', 1); } catch (e) { $room.sendNotice(e.message); }")),
                    Map.of(),
                    Set.of(Permission.NOTICE));
            other.chat("bob", "hi");
            assertThat(other.lastNotice(1))
                    .isEqualTo("kv.set needs the 'kv' permission, which extension 'nokv' was not granted");
        }
    }

    @Test
    void unknownHandlerFile_failsTheLoadNamingIt() {
        try (Cb2Harness other = new Cb2Harness()) {
            var source = new dev.banter.api.sandbox.ExtensionSource(
                    "bad",
                    "1.0.0",
                    "cb/2",
                    "banter.json",
                    Map.of(
                            "banter.json",
                            "{\"handlers\": {\"onTipp\": \"tip.js\"}}",
                            "tip.js",
                            "$room.sendNotice('x');"));
            assertThatThrownBy(() -> other.install(source, Map.of(), Cb2Harness.ALL))
                    .isInstanceOf(ExtensionException.class)
                    .hasMessageContaining("unknown cb/2 handler 'onTipp'");
        }
    }
}
