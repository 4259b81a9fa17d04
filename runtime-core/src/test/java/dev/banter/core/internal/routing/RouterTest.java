package dev.banter.core.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.handler.Command;
import dev.banter.api.handler.Routing;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BroadcastStart;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.PrivateMessage;
import dev.banter.api.types.RoomSubject;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final RoomId ROOM = RoomId.of("r1");

    private final Router router = new Router(RouterConfig.defaults());
    private final RoomRouteState state = new RoomRouteState();

    static Message chat(String user, String body) {
        return Message.of(BuiltinTypes.CHAT_MESSAGE, ROOM, User.viewer(user), new ChatMessage(body));
    }

    static Message tip(long amount) {
        return Message.of(BuiltinTypes.TIP, ROOM, User.viewer("tipper"), new Tip(amount, "", false));
    }

    private RouteResult route(String body) {
        return router.route(chat("alice", body), state);
    }

    private Command command(String body) {
        return route(body).command();
    }

    @Test
    void bitOf_builtInsThenTiersThenHosts() {
        var withHost = new Router(RouterConfig.defaults().withHostCategory("vip.chat", (m, r) -> true));

        assertThat(withHost.categoryNames())
                .containsExactly(
                        "command",
                        "mention",
                        "link",
                        "first-message",
                        "caps",
                        "tip.tier.1",
                        "tip.tier.2",
                        "tip.tier.3",
                        "vip.chat");
        assertThat(withHost.bitOf("command")).isZero();
        assertThat(withHost.bitOf("caps")).isEqualTo(4);
        assertThat(withHost.bitOf("tip.tier.3")).isEqualTo(7);
        assertThat(withHost.bitOf("vip.chat")).isEqualTo(8);
        assertThat(withHost.bitOf("tip.tier.4")).isEqualTo(-1);
        assertThat(withHost.bitOf("nope")).isEqualTo(-1);
    }

    @Test
    void new_moreThan64Categories_rejected() {
        var config = RouterConfig.defaults(); // 5 built-in + 3 tiers
        for (int i = 0; i < 56; i++) {
            config = config.withHostCategory("host" + i, (m, r) -> false);
        }
        assertThat(new Router(config).categoryNames()).hasSize(64);

        var tooMany = config.withHostCategory("one-more", (m, r) -> false);
        assertThatThrownBy(() -> new Router(tooMany))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65")
                .hasMessageContaining("at most 64");
    }

    @Test
    void route_plainChat_isSharedEmptyAfterFirstMessage() {
        route("hello there");

        RouteResult result = route("hello again");

        assertThat(result).isSameAs(RouteResult.empty());
        assertThat(result.bits()).isZero();
        assertThat(result.categories()).isEmpty();
        assertThat(result.command()).isNull();
        assertThat(result.mentions()).isEmpty();
        assertThat(result.tipTier()).isZero();
        assertThat(result.has("command")).isFalse();
    }

    @Test
    void route_command_parsesLowerCasedNameAndArgs() {
        RouteResult result = route("  !RoLL   2d6  +3 ");

        assertThat(result.command()).isEqualTo(new Command("!", "roll", List.of("2d6", "+3"), "2d6  +3"));
        assertThat(result.has("command")).isTrue();
        assertThat(result.hasBit(router.bitOf("command"))).isTrue();
        assertThat(result.categories()).contains("command");
    }

    @Test
    void route_commandWithoutArgs_hasEmptyArgs() {
        assertThat(command("/help")).isEqualTo(new Command("/", "help", List.of(), ""));
        assertThat(command("!a_b-c\t")).isEqualTo(new Command("!", "a_b-c", List.of(), ""));
    }

    @Test
    void route_notCommands_haveNoCommand() {
        assertThat(command("!")).isNull();
        assertThat(command("! roll")).isNull();
        assertThat(command("roll")).isNull();
        assertThat(command("hey !roll")).isNull();
        assertThat(command("!roll,2")).isNull();
        assertThat(command("!" + "a".repeat(33))).isNull();
        assertThat(command("#roll")).isNull();
    }

    @Test
    void route_commandNameOf32Chars_isCommand() {
        assertThat(command("!" + "a".repeat(32) + " x").name()).isEqualTo("a".repeat(32));
    }

    @Test
    void route_lookAlikeNames_areNotCommands() {
        assertThat(command("!r\u043Ell 2d6")).as("Cyrillic o").isNull();
        assertThat(command("!\u03C1oll")).as("Greek rho").isNull();
        assertThat(command("\uFF01roll")).as("fullwidth !").isNull();
        assertThat(command("\uFF0Froll")).as("fullwidth /").isNull();
        assertThat(command("!\uFF52oll")).as("fullwidth r").isNull();
        assertThat(command("!ro\u200Dll")).as("zero-width joiner").isNull();
        assertThat(command("!roll\u200B")).as("zero-width space").isNull();
        assertThat(command("!ro\u0301ll")).as("combining acute").isNull();
        assertThat(command("!\u0130nfo")).as("dotted capital I").isNull();
    }

    @Test
    void route_configuredPrefixes_longestWins() {
        var custom = new Router(RouterConfig.defaults().withCommandPrefixes("~", "~~"));

        RouteResult result = custom.route(chat("bob", "~~Spin now"), new RoomRouteState());

        assertThat(result.command()).isEqualTo(new Command("~~", "spin", List.of("now"), "now"));
        assertThat(custom.route(chat("bob", "!roll"), new RoomRouteState()).command())
                .isNull();
    }

    @Test
    void route_commandInPrivateMessage_isNoCommand() {
        var pm = Message.of(
                BuiltinTypes.CHAT_PRIVATE, ROOM, User.viewer("alice"), new PrivateMessage("owner", "!roll @bob"));

        RouteResult result = router.route(pm, state);

        assertThat(result.command()).isNull();
        assertThat(result.categories()).containsExactly("mention");
        assertThat(result.mentions()).containsExactly("bob");
    }

    @Test
    void route_mentions_dedupedInOrderWithoutTrailingPunctuation() {
        RouteResult result = route("hi @bob, @Carol. @bob and @dave-- @x.y_z");

        assertThat(result.mentions()).containsExactly("bob", "Carol", "dave", "x.y_z");
        assertThat(result.has("mention")).isTrue();
    }

    @Test
    void route_atInsideWords_isNoMention() {
        RouteResult result = route("mail a@b.com or x_@y");

        assertThat(result.mentions()).isEmpty();
        assertThat(result.has("mention")).isFalse();
    }

    @Test
    void route_mentionEdgeCases() {
        assertThat(route("@").mentions()).isEmpty();
        assertThat(route("@... @-").mentions()).isEmpty();
        assertThat(route("@@bob").mentions()).containsExactly("bob");
        assertThat(route("(@bob)").mentions()).containsExactly("bob");
        assertThat(route("@" + "a".repeat(64)).mentions()).containsExactly("a".repeat(64));
        assertThat(route("@" + "a".repeat(65)).mentions()).isEmpty();
        assertThat(route("@" + "a".repeat(64) + "...").mentions()).containsExactly("a".repeat(64));
        assertThat(route("@b\u043Eb").mentions()).as("stops at Cyrillic").containsExactly("b");
    }

    @Test
    void route_manyMentions_recordsAtMost16() {
        var body = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            body.append("@u").append(i).append(' ');
        }

        List<String> mentions = route(body.toString()).mentions();

        assertThat(mentions).hasSize(16).startsWith("u0", "u1").endsWith("u15");
    }

    @Test
    void route_links() {
        for (String body : List.of(
                "see http://x",
                "see HTTPS://example",
                "go www.example",
                "visit example.com",
                "visit EXAMPLE.COM now",
                "a.io",
                "x-y.gg!",
                "bit.ly/abc",
                "foo.co.uk",
                "1.tv",
                "xhttp://a",
                "example.com\u0301 (a mark does not hide the TLD)")) {
            assertThat(route(body).has("link")).as(body).isTrue();
        }
    }

    @Test
    void route_notLinks() {
        for (String body : List.of(
                "http:// x",
                "www. x",
                "www.",
                "example.comx",
                "example.c",
                ".com",
                "v1.0 released",
                "example.company",
                "_foo.com",
                "e.g. this",
                "\u0445.com",
                "foo.\u0441om",
                "foo.\u0130o",
                "httpſ://x")) {
            assertThat(route(body).has("link")).as(body).isFalse();
        }
    }

    @Test
    void route_firstMessage_oncePerSenderUntilBroadcastStart() {
        assertThat(route("hi").has("first-message")).isTrue();
        assertThat(route("hi").has("first-message")).isFalse();
        assertThat(router.route(chat("bob", "yo"), state).has("first-message")).isTrue();
        assertThat(state.size()).isEqualTo(2);

        RouteResult start = router.route(
                Message.of(BuiltinTypes.BROADCAST_START, ROOM, User.system(), BroadcastStart.INSTANCE), state);

        assertThat(start).isSameAs(RouteResult.empty());
        assertThat(state.size()).isZero();
        assertThat(route("hi").has("first-message")).isTrue();
    }

    @Test
    void route_privateMessage_isNeverFirstMessage() {
        var pm = Message.of(BuiltinTypes.CHAT_PRIVATE, ROOM, User.viewer("carol"), new PrivateMessage("owner", "hi"));

        assertThat(router.route(pm, state).has("first-message")).isFalse();
        assertThat(router.route(chat("carol", "hi"), state).has("first-message"))
                .isTrue();
    }

    @Test
    void route_stateFull_nobodyNewIsFirst() {
        var small = new RoomRouteState(2);

        assertThat(router.route(chat("a", "x"), small).has("first-message")).isTrue();
        assertThat(router.route(chat("b", "x"), small).has("first-message")).isTrue();
        assertThat(router.route(chat("c", "x"), small).has("first-message")).isFalse();
        assertThat(router.route(chat("a", "x"), small).has("first-message")).isFalse();
        assertThat(small.size()).isEqualTo(2);

        small.reset();
        assertThat(router.route(chat("c", "x"), small).has("first-message")).isTrue();
    }

    @Test
    void newRoomRouteState_nonPositiveBound_rejected() {
        assertThatThrownBy(() -> new RoomRouteState(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxSenders")
                .hasMessageContaining("0");
    }

    @Test
    void route_caps() {
        route("warm-up"); // keep first-message out of the way

        assertThat(route("HELLO WORLD").has("caps")).isTrue();
        assertThat(route("HELLO").has("caps")).as("too few letters").isFalse();
        assertThat(route("HELLO WOrld").has("caps")).as("7/10 = 0.7").isTrue();
        assertThat(route("HELLO World").has("caps")).as("6/10").isFalse();
        assertThat(route("ПРИВЕТ ВСЕМ").has("caps")).as("Cyrillic").isTrue();
        assertThat(route("12345678 !!!! AB").has("caps")).isFalse();
        assertThat(route("\uD835\uDC00".repeat(8)).has("caps"))
                .as("supplementary letters")
                .isTrue();
    }

    @Test
    void route_tips_setEveryTierUpToTheirs() {
        assertThat(router.route(tip(99), state)).isSameAs(RouteResult.empty());
        RouteResult tier1 = router.route(tip(100), state);
        RouteResult tier3 = router.route(tip(5000), state);

        assertThat(tier1.tipTier()).isEqualTo(1);
        assertThat(tier1.categories()).containsExactly("tip.tier.1");
        assertThat(router.route(tip(999), state).tipTier()).isEqualTo(2);
        assertThat(tier3.tipTier()).isEqualTo(3);
        assertThat(tier3.categories()).containsExactly("tip.tier.1", "tip.tier.2", "tip.tier.3");
        assertThat(tier3.has("first-message")).isFalse();
    }

    @Test
    void route_nonChatTypes_getNoChatCategories() {
        var enter = Message.of(BuiltinTypes.USER_ENTER, ROOM, User.viewer("dave"), UserEnter.INSTANCE);
        var subject = Message.of(
                BuiltinTypes.ROOM_SUBJECT, ROOM, User.system(), new RoomSubject("!ROLL @bob www.x.com SHOUTING"));

        assertThat(router.route(enter, state)).isSameAs(RouteResult.empty());
        assertThat(router.route(subject, state)).isSameAs(RouteResult.empty());
        assertThat(state.size()).isZero();
    }

    @Test
    void route_hostCategory_seesBuiltInResult() {
        var seen = new AtomicReference<Routing>();
        var host = new Router(RouterConfig.defaults()
                .withHostCategory("bot.roll", (m, r) -> {
                    seen.set(r);
                    return r.command() != null && r.command().name().equals("roll");
                })
                .withHostCategory("never", (m, r) -> false));

        RouteResult result = host.route(chat("alice", "!roll d20"), state);

        assertThat(result.categories()).containsExactly("command", "first-message", "bot.roll");
        assertThat(seen.get().has("bot.roll")).isFalse();
        assertThat(seen.get().has("command")).isTrue();
        assertThat(result.command()).isEqualTo(seen.get().command());
    }

    @Test
    void route_hostCategoryOnAnyType_canMatchEmptyBuiltIn() {
        var host = new Router(RouterConfig.defaults()
                .withHostCategory("entered", (m, r) -> r.categories().isEmpty()));
        var enter = Message.of(BuiltinTypes.USER_ENTER, ROOM, User.viewer("dave"), UserEnter.INSTANCE);

        assertThat(host.route(enter, state).categories()).containsExactly("entered");
    }

    @Test
    void route_throwingHostCategory_countsAsFalse() {
        var calls = new ArrayList<String>();
        var host = new Router(RouterConfig.defaults()
                .withHostCategory("broken", (m, r) -> {
                    throw new IllegalStateException("boom");
                })
                .withHostCategory("after", (m, r) -> calls.add("after")));

        RouteResult first = host.route(chat("alice", "hi"), state);
        RouteResult second = host.route(chat("alice", "hi"), state);

        assertThat(first.categories()).containsExactly("first-message", "after");
        assertThat(second.categories()).containsExactly("after");
        assertThat(calls).hasSize(2);
    }

    @Test
    void tryAcquire_oncePerPeriod() {
        var throttle = new FailureThrottle(1_000);

        assertThat(throttle.tryAcquire(-5_000)).isTrue();
        assertThat(throttle.tryAcquire(-4_500)).isFalse();
        assertThat(throttle.tryAcquire(-4_001)).isFalse();
        assertThat(throttle.tryAcquire(-4_000)).isTrue();
        assertThat(throttle.tryAcquire(6_000)).isTrue();
    }

    @Test
    void route_noTiers_tipIsEmpty() {
        var none = new Router(RouterConfig.defaults().withTipThresholds());

        assertThat(none.route(tip(1_000_000), state)).isSameAs(RouteResult.empty());
        assertThat(none.categoryNames()).hasSize(5);
    }

    @Test
    void has_unknownCategory_isFalse() {
        RouteResult result = route("!roll");

        assertThat(result.has("no-such")).isFalse();
        assertThat(result.hasBit(-1)).isFalse();
        assertThat(result.hasBit(64)).isFalse();
    }
}
