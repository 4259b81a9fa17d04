package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written scans of {@link WordFilter} against {@code java.util.regex} forms of the reference expressions. */
class WordFilterScanTest {

    // The reference URL_RE, /(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|io|ru|xyz|biz|info)\b/, spelled with
    // JavaScript's meaning of \s (ECMA-262 WhiteSpace and LineTerminator) and \b (around [A-Za-z0-9_]) made explicit,
    // so
    // that the comparison does not depend on how a JDK reads \S and \b.
    private static final String JS_SPACE =
            "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    private static final String B = "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))";
    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[^" + JS_SPACE + "]+|" + B + "[a-z0-9-]+\\.(?:com|net|org|io|ru|xyz|biz|info)" + B);
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");

    private static final List<String> EDGES = List.of(
            "",
            "mysite.com",
            "visit mysite.com today",
            "a-b.com",
            "-abc.com",
            "x -.com",
            "_abc.com",
            "abc_.com",
            "ab_c.com",
            "abc.com_",
            "abc.comx",
            "abc.com.",
            "abc.com-",
            "abc.co",
            "abc.inf",
            "abc.info",
            "abc.io.",
            "abc..com",
            ".com",
            "..com",
            "é.com",
            "café.com",
            "é-b.com",
            "caféb.com",
            "x.ru",
            "x.rux",
            "x.ru9",
            "www.",
            "www. x",
            "www.\u00a0x",
            "www.\u2003x",
            "www.\u200bx",
            "www.x",
            "wwww.x",
            "http://",
            "http:// x",
            "http://x",
            "https://",
            "https://\tx",
            "https://a/b",
            "httpx://a",
            "hTTp://a".toLowerCase(Locale.ROOT),
            "mail me at bob@example.org",
            "1.2.3.io",
            "see discord.io/party",
            "\ud83d\ude00.com",
            "a\u0301.com");

    @Test
    void containsLink_matchesTheReferenceExpression_onEdgeCases() {
        for (String text : EDGES) {
            assertThat(WordFilter.containsLink(text))
                    .as(text)
                    .isEqualTo(URL.matcher(text).find());
        }
    }

    @Test
    void containsLink_matchesTheReferenceExpression_onTheCorpus() {
        int links = 0;
        for (Corpus.Line line : Corpus.read("corpus-5000-42.tsv")) {
            String lower = line.body().toLowerCase(Locale.ROOT);
            boolean expected = URL.matcher(lower).find();
            assertThat(WordFilter.containsLink(lower)).as(lower).isEqualTo(expected);
            links += expected ? 1 : 0;
        }
        assertThat(links).isPositive();
    }

    @Property(tries = 5000)
    void containsLink_matchesTheReferenceExpression(@ForAll("texts") String text) {
        assertThat(WordFilter.containsLink(text)).isEqualTo(URL.matcher(text).find());
    }

    @Property(tries = 5000)
    void firstBannedWord_matchesSplittingWithTheReferenceExpression(@ForAll("texts") String text) {
        String expected = null;
        for (String token : SPLIT.split(text)) {
            if (WordFilter.bannedWords().containsKey(token)) {
                expected = token;
                break;
            }
        }
        assertThat(WordFilter.firstBannedWord(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(
                        "a",
                        "z",
                        "0",
                        "9",
                        "-",
                        "_",
                        ".",
                        "/",
                        ":",
                        "@",
                        " ",
                        "\t",
                        "\u00a0",
                        "\u2009",
                        "\u200b",
                        "é",
                        "A",
                        "com",
                        "net",
                        "org",
                        "io",
                        "ru",
                        "xyz",
                        "biz",
                        "info",
                        "www",
                        "www.",
                        "http",
                        "https",
                        "://",
                        "noob",
                        "scamcoin",
                        "kys",
                        "site",
                        "-x",
                        "x_")
                .list()
                .ofMaxSize(10)
                .map(parts -> String.join("", parts));
    }
}
