package dev.banter.examples;

import dev.banter.api.action.Ban;
import dev.banter.api.action.Permission;
import dev.banter.api.action.Warn;
import dev.banter.api.handler.Handler;
import dev.banter.api.handler.HandlerContext;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.types.BuiltinTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rejects chat lines holding a banned word or a link: the Java port of the reference workload
 * {@code w1_wordfilter.js}, with the same 50 words, severities, tokenization and URL rule.
 *
 * <p>The body is lower-cased with {@link Locale#ROOT} and split into tokens on {@code [^a-z0-9]+}; the first token
 * that is a banned word decides: a severe word emits {@link Ban}, any other a {@link Warn}, both with reason
 * {@code "banned word"}. Failing that, a body that the reference's URL expression
 * {@code (?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|io|ru|xyz|biz|info)\b} matches (with JavaScript's
 * {@code \S} and {@code \b}) emits a {@link Warn} with reason {@code "link"}. Every hit rejects the message; everything
 * else passes. Stateless, so one instance serves any number of rooms and lanes.
 *
 * @since 0.1
 */
public final class WordFilter implements Handler {

    /** The handler id {@link #spec()} uses. */
    public static final String ID = "wordfilter";

    private static final List<String> SEVERE = List.of(
            "scamcoin",
            "freetokenz",
            "hackedacct",
            "doxxing",
            "phishlink",
            "malwarez",
            "swatting",
            "cardfraud",
            "botnetz",
            "gorevid");
    private static final List<String> MILD = List.of(
            "idiot",
            "moron",
            "loser",
            "stupid",
            "dumbass",
            "jerk",
            "clown",
            "trash",
            "noob",
            "cringe",
            "shutup",
            "ugly",
            "fatso",
            "creep",
            "pervert",
            "simp",
            "scrub",
            "dimwit",
            "nitwit",
            "imbecile",
            "buffoon",
            "dork",
            "lame",
            "pathetic",
            "worthless",
            "garbage",
            "sucks",
            "wtf",
            "stfu",
            "gtfo",
            "kys",
            "retard",
            "spammer",
            "scammer",
            "faker",
            "catfish",
            "troll",
            "hater",
            "toxic",
            "boomer");
    private static final Map<String, Boolean> BANNED = banned();
    private static final int MIN_WORD = minLength();
    private static final int MAX_WORD = maxLength();
    private static final String[] TLDS = {"com", "net", "org", "io", "ru", "xyz", "biz", "info"};

    /** A spec for a new filter: intercepts {@code chat.message}, may ban and warn. */
    public static HandlerSpec spec() {
        return spec(new WordFilter());
    }

    /** A spec for {@code filter}: intercepts {@code chat.message}, may ban and warn. */
    public static HandlerSpec spec(WordFilter filter) {
        return HandlerSpec.of(ID, filter)
                .on(Subscription.to(BuiltinTypes.CHAT_MESSAGE.name()))
                .grant(Permission.MODERATION_BAN, Permission.MODERATION_WARN);
    }

    @Override
    public Verdict handle(Message message, HandlerContext context) {
        String lower = message.payload(BuiltinTypes.CHAT_MESSAGE).body().toLowerCase(Locale.ROOT);
        String user = message.sender().name();
        String word = firstBannedWord(lower);
        if (word != null) {
            context.emit(BANNED.get(word) ? new Ban(user, "banned word") : new Warn(user, "banned word"));
            return Verdict.reject("banned word");
        }
        if (containsLink(lower)) {
            context.emit(new Warn(user, "link"));
            return Verdict.reject("link");
        }
        return Verdict.pass();
    }

    /** The 50 banned words, each mapped to whether it is severe (ban) rather than mild (warn). */
    public static Map<String, Boolean> bannedWords() {
        return Map.copyOf(BANNED);
    }

    /** The first {@code [a-z0-9]+} token of an already lower-cased text that is a banned word, or null. */
    static @Nullable String firstBannedWord(String lower) {
        int n = lower.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && isTokenChar(lower.charAt(i))) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                int len = i - start;
                if (len >= MIN_WORD && len <= MAX_WORD) {
                    String token = lower.substring(start, i);
                    if (BANNED.containsKey(token)) {
                        return token;
                    }
                }
                start = -1;
            }
        }
        return null;
    }

    /** Whether the reference URL expression finds a match in an already lower-cased text. */
    static boolean containsLink(String lower) {
        return prefixFollowedByNonSpace(lower, "http://")
                || prefixFollowedByNonSpace(lower, "https://")
                || prefixFollowedByNonSpace(lower, "www.")
                || hasBareDomain(lower);
    }

    // (?:https?://|www\.)\S+ : the prefix and at least one non-space after it.
    private static boolean prefixFollowedByNonSpace(String s, String prefix) {
        for (int i = s.indexOf(prefix); i >= 0; i = s.indexOf(prefix, i + 1)) {
            int next = i + prefix.length();
            if (next < s.length() && !isJsSpace(s.charAt(next))) {
                return true;
            }
        }
        return false;
    }

    // \b[a-z0-9-]+\.(?:tld)\b : some dot with a TLD and a boundary after it, and a label run before it that holds a
    // boundary somewhere (the regex may start at any position of the run, so any word/non-word change will do).
    private static boolean hasBareDomain(String s) {
        for (int dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            if (tldAt(s, dot + 1) && labelEndingAt(s, dot)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tldAt(String s, int from) {
        for (String tld : TLDS) {
            int end = from + tld.length();
            if (s.startsWith(tld, from) && (end == s.length() || !isWordChar(s.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean labelEndingAt(String s, int dot) {
        for (int i = dot - 1; i >= 0 && isLabelChar(s.charAt(i)); i--) {
            boolean before = i > 0 && isWordChar(s.charAt(i - 1));
            if (before != isWordChar(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isLabelChar(char c) {
        return isTokenChar(c) || c == '-';
    }

    // JavaScript's \w, which is what its \b looks at.
    private static boolean isWordChar(char c) {
        return isTokenChar(c) || (c >= 'A' && c <= 'Z') || c == '_';
    }

    // JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262.
    static boolean isJsSpace(char c) {
        return switch (c) {
            case '\t',
                    '\n',
                    '\u000B',
                    '\f',
                    '\r',
                    ' ',
                    '\u00A0',
                    '\u1680',
                    '\u2028',
                    '\u2029',
                    '\u202F',
                    '\u205F',
                    '\u3000',
                    '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    private static Map<String, Boolean> banned() {
        Map<String, Boolean> words = new HashMap<>();
        SEVERE.forEach(w -> words.put(w, Boolean.TRUE));
        MILD.forEach(w -> words.put(w, Boolean.FALSE));
        return words;
    }

    private static int minLength() {
        return BANNED.keySet().stream().mapToInt(String::length).min().orElseThrow();
    }

    private static int maxLength() {
        return BANNED.keySet().stream().mapToInt(String::length).max().orElseThrow();
    }
}
