package dev.banter.core.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.handler.Command;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.PrivateMessage;
import dev.banter.api.types.Tip;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class RouterPropertiesTest {

    private static final RoomId ROOM = RoomId.of("r1");
    private static final Router ROUTER = new Router(RouterConfig.defaults());

    /** Look-alikes from Cyrillic, Greek and the fullwidth block for ASCII name letters. */
    private static final Map<Character, String> HOMOGLYPHS = Map.ofEntries(
            Map.entry('a', "\u0430\u03B1\uFF41"),
            Map.entry('c', "\u0441\u03F2\uFF43"),
            Map.entry('e', "\u0435\u03B5\uFF45"),
            Map.entry('i', "\u0456\u03B9\uFF49"),
            Map.entry('j', "\u0458\uFF4A"),
            Map.entry('k', "\u043A\u03BA\uFF4B"),
            Map.entry('o', "\u043E\u03BF\uFF4F"),
            Map.entry('p', "\u0440\u03C1\uFF50"),
            Map.entry('s', "\u0455\uFF53"),
            Map.entry('x', "\u0445\u03C7\uFF58"),
            Map.entry('y', "\u0443\u03B3\uFF59"),
            Map.entry('A', "\u0410\u0391\uFF21"),
            Map.entry('B', "\u0412\u0392\uFF22"),
            Map.entry('E', "\u0415\u0395\uFF25"),
            Map.entry('H', "\u041D\u0397\uFF28"),
            Map.entry('M', "\u041C\u039C\uFF2D"),
            Map.entry('O', "\u041E\u039F\uFF2F"),
            Map.entry('P', "\u0420\u03A1\uFF30"),
            Map.entry('T', "\u0422\u03A4\uFF34"),
            Map.entry('X', "\u0425\u03A7\uFF38"));

    // w1_wordfilter.js's URL_RE with our TLD list, in JavaScript's terms: Java's \S is ASCII-only and its \b treats
    // a combining mark after a letter as part of the word, so both are spelled out.
    private static final String JS_WORD = "[A-Za-z0-9_]";
    private static final Pattern URL_RE = Pattern.compile(
            "(?:https?://|www\\.)[^\\s\\u001c-\\u001f\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f"
                    + "\\u3000\\ufeff]"
                    + "|(?:(?<!" + JS_WORD + ")(?=" + JS_WORD + ")|(?<=" + JS_WORD + ")(?!" + JS_WORD + "))"
                    + "[a-z0-9-]+\\.(?:com|net|org|io|ru|xyz|biz|info|tv|me|co|gg|ly|to)(?!" + JS_WORD + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_TOKEN = Pattern.compile("(?<![A-Za-z0-9_.-])@([A-Za-z0-9_.-]++)");

    static Message chat(String body) {
        return Message.of(BuiltinTypes.CHAT_MESSAGE, ROOM, User.viewer("alice"), new ChatMessage(body));
    }

    static RouteResult route(Router router, String body) {
        return router.route(chat(body), new RoomRouteState());
    }

    @Property(tries = 400)
    void route_asciiCommand_parsesLowerCasedNameAndArgs(
            @ForAll("prefixes") String prefix,
            @ForAll("commandNames") String name,
            @ForAll("argTokens") List<String> args,
            @ForAll("spaces") String lead,
            @ForAll("spaces") String sep) {
        String separator = " " + sep;
        String argText = String.join(separator, args);

        Command command = route(ROUTER, lead + prefix + name + " " + argText).command();

        assertThat(command).isNotNull();
        assertThat(command.prefix()).isEqualTo(prefix);
        assertThat(command.name()).isEqualTo(name.toLowerCase(Locale.ROOT));
        assertThat(command.args()).isEqualTo(args);
        assertThat(command.argText()).isEqualTo(argText);
    }

    @Property(tries = 500)
    void commandOf_isTheCommandOfTheFullRouting(
            @ForAll("anyBodies") String tail, @ForAll("anyPrefix") String prefix, @ForAll("spaces") String lead) {
        for (String body : List.of(tail, prefix + tail, lead + prefix + tail)) {
            Message message = chat(body);

            Command alone = ROUTER.commandOf(message);

            assertThat(alone)
                    .as("'%s'", body)
                    .isEqualTo(ROUTER.categorize(message, false).command());
        }
    }

    @Property(tries = 100)
    void commandOf_otherTypes_isNull(@ForAll("anyPrefix") String prefix, @ForAll("commandNames") String name) {
        Message whisper = Message.of(
                BuiltinTypes.CHAT_PRIVATE, ROOM, User.viewer("alice"), new PrivateMessage("bob", prefix + name));

        assertThat(ROUTER.commandOf(whisper)).isNull();
    }

    @Property(tries = 400)
    void route_lookAlikeInName_neverACommand(
            @ForAll("lookAlikeNames") String[] asciiAndSpoof, @ForAll("anyPrefix") String prefix) {
        String ascii = asciiAndSpoof[0];
        String spoof = asciiAndSpoof[1];

        Command command = route(ROUTER, prefix + spoof + " 2d6").command();

        assertThat(command == null || !command.name().equals(ascii.toLowerCase(Locale.ROOT)))
                .as("%s%s parsed as %s", prefix, spoof, command)
                .isTrue();
        assertThat(command).isNull();
    }

    @Property(tries = 300)
    void route_invisibleCharInName_neverACommand(
            @ForAll("commandNames") String name,
            @ForAll @IntRange(min = 0, max = 32) int at,
            @ForAll("invisible") String invisible) {
        int cut = Math.min(at, name.length());

        Command command = route(ROUTER, "!" + name.substring(0, cut) + invisible + name.substring(cut) + " x")
                .command();

        assertThat(command).isNull();
    }

    @Property(tries = 300)
    void route_arbitraryUnicode_neverThrows(@ForAll("anyBodies") String body) {
        var state = new RoomRouteState();

        RouteResult chat = ROUTER.route(chat(body), state);
        RouteResult pm = ROUTER.route(
                Message.of(BuiltinTypes.CHAT_PRIVATE, ROOM, User.viewer("bob"), new PrivateMessage("owner", body)),
                state);

        for (RouteResult result : List.of(chat, pm)) {
            assertThat(result.bits() >>> ROUTER.categoryNames().size()).isZero();
            assertThat(result.categories())
                    .allSatisfy(c -> assertThat(result.has(c)).isTrue());
            assertThat(result.categories()).hasSize(Long.bitCount(result.bits()));
            assertThat(result.has("mention")).isEqualTo(!result.mentions().isEmpty());
            assertThat(result.has("command")).isEqualTo(result.command() != null);
        }
        assertThat(pm.command()).isNull();
        assertThat(chat.has("first-message")).isTrue();
    }

    @Property(tries = 400)
    void route_mentions_areTheAtTokensOfTheBody(@ForAll("chatBodies") String body) {
        List<String> mentions = route(ROUTER, body).mentions();

        var expected = new LinkedHashSet<String>();
        Matcher m = AT_TOKEN.matcher(body);
        while (m.find() && expected.size() < 16) {
            String name = m.group(1).replaceFirst("[.-]+$", "");
            if (!name.isEmpty() && name.length() <= 64) {
                expected.add(name);
            }
        }
        assertThat(mentions).containsExactlyElementsOf(expected);
        assertThat(mentions).allSatisfy(name -> assertThat(body).contains("@" + name));
        assertThat(mentions).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(16);
    }

    @Property(tries = 500)
    void route_link_iffUrlRegexFinds(@ForAll("chatBodies") String body) {
        assertThat(route(ROUTER, body).has("link"))
                .isEqualTo(URL_RE.matcher(body).find());
    }

    @Property(tries = 300)
    void route_tipTier_isMonotoneCountOfThresholds(
            @ForAll("thresholds") long[] thresholds,
            @ForAll @LongRange(min = 1, max = 1_000_000) long a,
            @ForAll @LongRange(min = 1, max = 1_000_000) long b) {
        var router = new Router(RouterConfig.defaults().withTipThresholds(thresholds));
        long low = Math.min(a, b);
        long high = Math.max(a, b);

        RouteResult lowResult = router.route(tip(low), new RoomRouteState());
        RouteResult highResult = router.route(tip(high), new RoomRouteState());

        assertThat(lowResult.tipTier()).isLessThanOrEqualTo(highResult.tipTier());
        for (RouteResult result : List.of(lowResult, highResult)) {
            long amount = result == lowResult ? low : high;
            int tier = (int) Arrays.stream(thresholds).filter(t -> t <= amount).count();
            assertThat(result.tipTier()).isEqualTo(tier);
            assertThat(result.categories())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, tier)
                            .mapToObj(k -> "tip.tier." + k)
                            .toList());
        }
    }

    @Property(tries = 400)
    void route_caps_iffRuleHolds(
            @ForAll("capsBodies") String body,
            @ForAll @IntRange(min = 1, max = 20) int minLetters,
            @ForAll @DoubleRange(min = 0.01, max = 1.0) @Scale(2) double ratio) {
        var router = new Router(RouterConfig.defaults().withCaps(minLetters, ratio));
        long letters = body.codePoints().filter(Character::isLetter).count();
        long upper = body.codePoints()
                .filter(cp -> Character.isLetter(cp) && Character.isUpperCase(cp))
                .count();
        boolean expected = letters >= minLetters && (double) upper / letters >= ratio;

        assertThat(route(router, body).has("caps")).isEqualTo(expected);
    }

    /** Runs of a short pattern up to the chat limit, the bodies that make a naive scanner go quadratic. */
    @Property(tries = 60)
    void route_longRunsOfOnePattern_areRoutedWithoutError(
            @ForAll("runPatterns") String pattern, @ForAll("runPrefixes") String prefix) {
        StringBuilder body = new StringBuilder(prefix);
        while (body.length() + pattern.length() <= 4096) {
            body.append(pattern);
        }

        // how fast such bodies are routed is measured in benchmarks (RouterBenchmark), not here
        RouteResult result = route(ROUTER, body.toString());

        assertThat(result.categories()).hasSize(Long.bitCount(result.bits()));
    }

    @Provide
    Arbitrary<String> runPatterns() {
        return Arbitraries.of(
                " ", "\u3000", "@", "@a", "a.", "-", "a-", "a ", "http", "www.", "\uD800", "\uDC00\uD800", "x.co");
    }

    @Provide
    Arbitrary<String> runPrefixes() {
        return Arbitraries.of("", "!", "! ", "@");
    }

    static Message tip(long amount) {
        return Message.of(BuiltinTypes.TIP, ROOM, User.viewer("tipper"), new Tip(amount, "", false));
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("!", "/");
    }

    @Provide
    Arbitrary<String> anyPrefix() {
        return Arbitraries.of("!", "/", "\uFF01", "\uFF0F", "\u01C3");
    }

    @Provide
    Arbitrary<String> commandNames() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars('_', '-')
                .ofMinLength(1)
                .ofMaxLength(32);
    }

    @Provide
    Arbitrary<List<String>> argTokens() {
        return Arbitraries.strings()
                .withCharRange('!', '~')
                .withChars('\u00E9', '\u0434', '\u00DF')
                .ofMinLength(1)
                .ofMaxLength(12)
                .list()
                .ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of("", " ", "\t", "  \n", "\u00A0", "\u3000");
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.of("\u200D", "\u200C", "\u200B", "\u2060", "\u0301", "\u0308", "\uFE0F", "\u00AD");
    }

    @Provide
    Arbitrary<String[]> lookAlikeNames() {
        var spoofable =
                new TreeSet<>(HOMOGLYPHS.keySet()).stream().map(String::valueOf).toList();
        Arbitrary<String> ascii =
                Arbitraries.of(spoofable).list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
        return ascii.flatMap(name -> Combinators.combine(
                        Arbitraries.integers().between(1, (1 << name.length()) - 1),
                        Arbitraries.integers().between(0, 2))
                .as((mask, pick) -> {
                    var spoof = new StringBuilder();
                    for (int i = 0; i < name.length(); i++) {
                        char c = name.charAt(i);
                        if ((mask & (1 << i)) != 0) {
                            String glyphs = HOMOGLYPHS.get(c);
                            spoof.append(glyphs.charAt(pick % glyphs.length()));
                        } else {
                            spoof.append(c);
                        }
                    }
                    return new String[] {name, spoof.toString()};
                }));
    }

    @Provide
    Arbitrary<String> chatBodies() {
        return Arbitraries.of(
                        "@",
                        "@",
                        "a",
                        "B",
                        "7",
                        "_",
                        ".",
                        ".",
                        "-",
                        " ",
                        "\t",
                        "\u00A0",
                        "\u3000",
                        "\uFEFF",
                        "alice",
                        "x.y",
                        "http",
                        "https",
                        "://",
                        "HTTP://",
                        "www",
                        "WWW.",
                        "com",
                        "co",
                        "io",
                        "info",
                        "in",
                        "m",
                        "Info",
                        ".com",
                        ".co",
                        ".to",
                        ".tv",
                        "/",
                        ",",
                        "!",
                        "\u043E",
                        "\u0130",
                        "\u017F",
                        "\uD83D\uDE00",
                        "\uD800",
                        "\u200D",
                        "\u0301",
                        "\uFF0E",
                        "e.g.")
                .list()
                .ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> capsBodies() {
        return Arbitraries.of(
                        "A",
                        "b",
                        "Z",
                        "q",
                        "\u0416",
                        "\u0436",
                        "\u00C9",
                        "\u00E9",
                        "\u01C5",
                        "\u00AA",
                        "1",
                        " ",
                        "!",
                        "\uD835\uDC00",
                        "\uD835\uDC1A",
                        "\uD83D\uDE00",
                        "\uD835",
                        "\uDC00",
                        "\u3042",
                        "\u0130")
                .list()
                .ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> anyBodies() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(4096);
        Arbitrary<String> runs = Arbitraries.of(
                        " ", "\u2003", "@", ".", "-", "a", "http://", "www.", "\uD800", "\uDFFF")
                .flatMap(piece ->
                        Arbitraries.integers().between(1, 4096 / piece.length()).map(piece::repeat))
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(parts -> {
                    String joined = String.join("", parts);
                    return joined.length() > 4096 ? joined.substring(0, 4096) : joined;
                });
        return Arbitraries.oneOf(unicode, runs, chatBodies());
    }

    @Provide
    Arbitrary<long[]> thresholds() {
        return Arbitraries.longs().between(1, 1_000_000).set().ofMaxSize(10).map(set -> {
            List<Long> sorted = new ArrayList<>(new TreeSet<>(set));
            return sorted.stream().mapToLong(Long::longValue).toArray();
        });
    }
}
