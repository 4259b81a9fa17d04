package dev.banter.core.internal.routing;

import dev.banter.api.handler.CategoryPredicate;
import dev.banter.api.handler.Command;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.PrivateMessage;
import dev.banter.api.types.Tip;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a message's categories, command, mentions and tip tier, once, before any handler runs.
 *
 * <p>One router is built from a {@link RouterConfig} and shared by every lane: it is immutable and thread-safe. What
 * it remembers about a room lives in that room's {@link RoomRouteState}, which only the room's lane touches.
 *
 * <p>Each category has a bit index, assigned in this order: {@code command}, {@code mention}, {@code link},
 * {@code first-message}, {@code caps}, {@code tip.tier.1..N} (one per threshold), then the host categories in
 * registration order. What applies to which type:
 *
 * <ul>
 *   <li>{@code chat.message}: every built-in category except the tip tiers
 *   <li>{@code chat.private}: {@code mention}, {@code link} and {@code caps}
 *   <li>{@code tip}: the tip tiers
 *   <li>{@code broadcast.start}: none, but routing it {@linkplain RoomRouteState#reset() resets} the room's state, so
 *       everyone's next chat message is a first message again
 *   <li>every type: the host categories, whose predicates see the built-in result; a predicate that throws counts as
 *       false and is logged at WARN at most once per category and minute
 * </ul>
 *
 * <p>The built-in rules, all on ASCII so that look-alike letters from other scripts never match:
 *
 * <ul>
 *   <li>{@code command}: after leading whitespace, a configured prefix (the longest that fits), then a name of 1..32
 *       chars of {@code [A-Za-z0-9_-]}, then whitespace or the end; the name is lower-cased, the rest is split on
 *       whitespace into the arguments and, trimmed, is the argument text
 *   <li>{@code mention}: {@code @} at the start or after a char outside {@code [A-Za-z0-9_.-]}, then 1..64 of those
 *       chars once trailing {@code .} and {@code -} are stripped; at most 16 distinct names are recorded
 *   <li>{@code link}: the w1 word filter's {@code URL_RE}, case-insensitive, with JavaScript's {@code \s} and
 *       {@code \b}: {@code https?://} or {@code www.} before a non-space, or {@code \b[a-z0-9-]+\.tld\b} for
 *       the TLDs com, net, org, io, ru, xyz, biz, info, tv, me, co, gg, ly and to
 *   <li>{@code caps}: at least {@link RouterConfig#capsMinLetters()} code points that are letters, of which at least
 *       {@link RouterConfig#capsRatio()} are upper case
 * </ul>
 *
 * <p>Routing is one pass over the body plus, for a command, one over its arguments; it allocates nothing for a
 * message in no category and otherwise only the result and what a found command, mention or new sender needs.
 */
public final class Router {

    /** The built-in category of chat messages that are a command. */
    public static final String COMMAND = "command";

    /** The built-in category of chat bodies that mention a user as {@code @name}. */
    public static final String MENTION = "mention";

    /** The built-in category of chat bodies that hold a URL or a bare domain. */
    public static final String LINK = "link";

    /** The built-in category of a sender's first chat message since the room's state was made or reset. */
    public static final String FIRST_MESSAGE = "first-message";

    /** The built-in category of chat bodies with enough letters, mostly upper case. */
    public static final String CAPS = "caps";

    /** The prefix of the tip-tier categories {@code tip.tier.1..N}. */
    public static final String TIP_TIER_PREFIX = "tip.tier.";

    /** The most categories a router supports, built-in ones included. */
    public static final int MAX_CATEGORIES = 64;

    static final Set<String> BUILT_IN = Set.of(COMMAND, MENTION, LINK, FIRST_MESSAGE, CAPS);

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final int BIT_COMMAND = 0;
    private static final int BIT_MENTION = 1;
    private static final int BIT_LINK = 2;
    private static final int BIT_FIRST = 3;
    private static final int BIT_CAPS = 4;
    private static final int TIER_BASE = 5;
    private static final int MAX_NAME = 32;
    private static final int MAX_USER_NAME = 64;
    private static final int MAX_MENTIONS = 16;
    private static final long WARN_PERIOD_NANOS = TimeUnit.MINUTES.toNanos(1);
    // Same set and intent as the w1 word filter's URL_RE, plus a few link-shortener and gaming TLDs.
    private static final String[] TLDS = {
        "com", "net", "org", "io", "ru", "xyz", "biz", "info", "tv", "me", "co", "gg", "ly", "to"
    };

    private final String[] prefixes; // longest first, so "!!" wins over "!"
    private final long[] thresholds;
    private final int capsMinLetters;
    private final double capsRatio;
    private final String[] hostNames;
    private final CategoryPredicate[] hostPredicates;
    private final FailureThrottle[] hostThrottles;
    private final int hostBase;
    private final String[] names;
    private final Map<String, Integer> bits;
    private final Set<String> categoryNames;

    /**
     * Builds a router for {@code config}.
     *
     * @throws IllegalArgumentException if the config defines more than {@value #MAX_CATEGORIES} categories in all
     */
    public Router(RouterConfig config) {
        int tiers = config.tipThresholds().size();
        int hosts = config.hostCategories().size();
        int total = TIER_BASE + tiers + hosts;
        if (total > MAX_CATEGORIES) {
            throw new IllegalArgumentException("too many categories: " + TIER_BASE + " built-in + " + tiers
                    + " tip tiers + " + hosts + " host = " + total + ", at most " + MAX_CATEGORIES);
        }
        prefixes = config.commandPrefixes().toArray(String[]::new);
        Arrays.sort(prefixes, (a, b) -> b.length() - a.length());
        thresholds = config.tipThresholds().stream().mapToLong(Long::longValue).toArray();
        capsMinLetters = config.capsMinLetters();
        capsRatio = config.capsRatio();
        hostNames = config.hostCategories().keySet().toArray(String[]::new);
        hostPredicates = config.hostCategories().values().toArray(CategoryPredicate[]::new);
        hostThrottles = new FailureThrottle[hosts];
        Arrays.setAll(hostThrottles, i -> new FailureThrottle(WARN_PERIOD_NANOS));
        hostBase = TIER_BASE + tiers;
        names = new String[total];
        names[BIT_COMMAND] = COMMAND;
        names[BIT_MENTION] = MENTION;
        names[BIT_LINK] = LINK;
        names[BIT_FIRST] = FIRST_MESSAGE;
        names[BIT_CAPS] = CAPS;
        for (int t = 0; t < tiers; t++) {
            names[TIER_BASE + t] = TIP_TIER_PREFIX + (t + 1);
        }
        System.arraycopy(hostNames, 0, names, hostBase, hosts);
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < total; i++) {
            index.put(names[i], i);
        }
        bits = Map.copyOf(index);
        categoryNames = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
    }

    /** The bit index of {@code category}, or -1 if this router does not know it. */
    public int bitOf(String category) {
        Integer bit = bits.get(category);
        return bit == null ? -1 : bit;
    }

    /** Every category this router knows, in bit order. */
    public Set<String> categoryNames() {
        return categoryNames;
    }

    /**
     * Routes {@code message}, updating {@code state}.
     *
     * <p>Call on the lane that owns {@code state}. Never throws for any body; host predicates that throw count as
     * false.
     *
     * @param message the message, already validated against its type
     * @param state the route state of the message's room
     * @return the findings; {@link RouteResult#empty()} if the message is in no category
     */
    public RouteResult route(Message message, RoomRouteState state) {
        return categorize(message, touch(message, state));
    }

    /**
     * Updates the room's route state for {@code message} without scanning it: records the sender of a chat message
     * and resets the state on {@code broadcast.start}. Call once per message, in room order, even when the message
     * is never {@link #categorize categorized}, so that {@code first-message} stays true to the room's history.
     *
     * @return whether the message is its sender's first chat message
     */
    public boolean touch(Message message, RoomRouteState state) {
        MessageType<?> type = message.type();
        if (type.equals(BuiltinTypes.CHAT_MESSAGE)) {
            return state.markSeen(message.sender().name());
        }
        if (type.equals(BuiltinTypes.BROADCAST_START)) {
            state.reset();
        }
        return false;
    }

    /**
     * Computes the categories of a message whose route state was already {@link #touch touched}. Stateless and
     * thread-safe.
     *
     * @param firstMessage what {@code touch} answered for this message
     */
    public RouteResult categorize(Message message, boolean firstMessage) {
        MessageType<?> type = message.type();
        RouteResult builtIn;
        if (type.equals(BuiltinTypes.CHAT_MESSAGE)) {
            String body = ((ChatMessage) message.payload()).body();
            Command command = parseCommand(body);
            long found = command == null ? 0 : 1L << BIT_COMMAND;
            if (firstMessage) {
                found |= 1L << BIT_FIRST;
            }
            builtIn = scanBody(body, found, command);
        } else if (type.equals(BuiltinTypes.CHAT_PRIVATE)) {
            builtIn = scanBody(((PrivateMessage) message.payload()).body(), 0, null);
        } else if (type.equals(BuiltinTypes.TIP)) {
            builtIn = tip(((Tip) message.payload()).amount());
        } else {
            builtIn = RouteResult.empty();
        }
        return hostPredicates.length == 0 ? builtIn : addHostCategories(message, builtIn);
    }

    /**
     * The command a message is, without the rest of its routing: what {@link #categorize} would put in the result's
     * {@link RouteResult#command()}, at the cost of a look at the start of the body. Stateless and thread-safe.
     *
     * @return the command of a {@code chat.message}, or null for a message that is not one
     */
    public @Nullable Command commandOf(Message message) {
        if (!message.type().equals(BuiltinTypes.CHAT_MESSAGE)) {
            return null;
        }
        return parseCommand(((ChatMessage) message.payload()).body());
    }

    /** The bit index of the {@value #COMMAND} category. */
    public static int commandBit() {
        return BIT_COMMAND;
    }

    String nameOf(int bit) {
        return names[bit];
    }

    /** Whitespace as JavaScript's {@code \s} sees it, so links end where the w1 word filter's do. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return c >= '\u0080' && (Character.isSpaceChar(c) || Character.isWhitespace(c) || c == '\uFEFF');
    }

    private RouteResult tip(long amount) {
        int tier = 0;
        while (tier < thresholds.length && thresholds[tier] <= amount) {
            tier++;
        }
        return tier == 0
                ? RouteResult.empty()
                : new RouteResult(this, ((1L << tier) - 1) << TIER_BASE, null, List.of(), tier);
    }

    private RouteResult addHostCategories(Message message, RouteResult builtIn) {
        long more = 0;
        for (int i = 0; i < hostPredicates.length; i++) {
            boolean in;
            try {
                in = hostPredicates[i].test(message, builtIn);
            } catch (Exception e) {
                in = false;
                if (hostThrottles[i].tryAcquire(System.nanoTime())) {
                    LOG.warn(
                            "host category '{}' threw on a {} message; counted as false (logged at most once a minute"
                                    + " per category)",
                            hostNames[i],
                            message.type().name(),
                            e);
                }
            }
            if (in) {
                more |= 1L << (hostBase + i);
            }
        }
        return more == 0 ? builtIn : builtIn.withBits(this, more);
    }

    /** The command at the start of {@code body}, or null: prefix, ASCII name, then whitespace or the end. */
    private @Nullable Command parseCommand(String body) {
        int n = body.length();
        int start = 0;
        while (start < n && isSpace(body.charAt(start))) {
            start++;
        }
        for (String prefix : prefixes) {
            if (body.startsWith(prefix, start)) {
                return parseName(body, prefix, start + prefix.length());
            }
        }
        return null;
    }

    private static @Nullable Command parseName(String body, String prefix, int from) {
        int n = body.length();
        int end = from;
        boolean upper = false;
        while (end < n && end - from <= MAX_NAME) {
            char c = body.charAt(end);
            if (!isNameChar(c)) {
                break;
            }
            upper |= c >= 'A' && c <= 'Z';
            end++;
        }
        int length = end - from;
        // Anything else right after the name (a look-alike letter, a joiner, a combining mark) spoils it.
        if (length == 0 || length > MAX_NAME || (end < n && !isSpace(body.charAt(end)))) {
            return null;
        }
        String name = body.substring(from, end);
        if (upper) {
            name = asciiLower(name);
        }
        int argEnd = n;
        while (argEnd > end && isSpace(body.charAt(argEnd - 1))) {
            argEnd--;
        }
        int argStart = end;
        while (argStart < argEnd && isSpace(body.charAt(argStart))) {
            argStart++;
        }
        var args = new ArrayList<String>();
        int i = argStart;
        while (i < argEnd) {
            int tokenEnd = i;
            while (tokenEnd < argEnd && !isSpace(body.charAt(tokenEnd))) {
                tokenEnd++;
            }
            args.add(body.substring(i, tokenEnd));
            i = tokenEnd;
            while (i < argEnd && isSpace(body.charAt(i))) {
                i++;
            }
        }
        return new Command(prefix, name, args, body.substring(argStart, argEnd));
    }

    /** Mentions, links and caps in one pass; {@code found} already holds the command and first-message bits. */
    private RouteResult scanBody(String body, long found, @Nullable Command command) {
        int n = body.length();
        int letters = 0;
        int upper = 0;
        boolean link = false;
        boolean labelStart = false; // the current [A-Za-z0-9-] run has a position where \b[a-z0-9-]+ may start
        @Nullable ArrayList<String> mentions = null;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    letters++;
                } else if (c >= 'A' && c <= 'Z') {
                    letters++;
                    upper++;
                }
            } else {
                // A low surrogate on its own is no letter, so pairs count once, at the high half.
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(body.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, body.charAt(i + 1));
                }
                if (Character.isLetter(cp)) {
                    letters++;
                    if (Character.isUpperCase(cp)) {
                        upper++;
                    }
                }
            }
            if (c == '@' && (i == 0 || !isUserNameChar(prev)) && (mentions == null || mentions.size() < MAX_MENTIONS)) {
                int end = mentionEnd(body, i + 1);
                if (end > 0) {
                    mentions = addMention(mentions, body, i + 1, end);
                }
            }
            if (!link) {
                if (isLabelChar(c)) {
                    boolean inRun = i > 0 && isLabelChar(prev);
                    if (!inRun) {
                        // A \b before the run: a word char after a non-word one, or '-' after '_'.
                        labelStart = c != '-' ? i == 0 || prev != '_' : i > 0 && prev == '_';
                    } else if (!labelStart) {
                        labelStart = (c == '-') != (prev == '-');
                    }
                    link = (c == 'h' || c == 'H' || c == 'w' || c == 'W') && urlAt(body, i);
                } else if (c == '.' && labelStart && i > 0 && isLabelChar(prev)) {
                    link = tldAt(body, i + 1);
                }
            }
            prev = c;
        }
        if (link) {
            found |= 1L << BIT_LINK;
        }
        if (mentions != null) {
            found |= 1L << BIT_MENTION;
        }
        if (letters >= capsMinLetters && (double) upper / letters >= capsRatio) {
            found |= 1L << BIT_CAPS;
        }
        if (found == 0) {
            return RouteResult.empty();
        }
        return new RouteResult(
                this, found, command, mentions == null ? List.of() : Collections.unmodifiableList(mentions), 0);
    }

    /** End of the mention name starting at {@code from}, trailing '.' and '-' stripped; -1 if none or too long. */
    private static int mentionEnd(String body, int from) {
        int n = body.length();
        int end = from;
        while (end < n && isUserNameChar(body.charAt(end))) {
            end++;
        }
        while (end > from && (body.charAt(end - 1) == '.' || body.charAt(end - 1) == '-')) {
            end--;
        }
        int length = end - from;
        return length >= 1 && length <= MAX_USER_NAME ? end : -1;
    }

    private static ArrayList<String> addMention(@Nullable ArrayList<String> mentions, String body, int from, int end) {
        if (mentions == null) {
            mentions = new ArrayList<>(4);
        } else {
            int length = end - from;
            for (String seen : mentions) {
                if (seen.length() == length && body.startsWith(seen, from)) {
                    return mentions; // a duplicate costs no substring
                }
            }
        }
        mentions.add(body.substring(from, end));
        return mentions;
    }

    /** {@code https?://} or {@code www.} at {@code i}, followed by a non-space. */
    private static boolean urlAt(String body, int i) {
        int after;
        if (asciiMatch(body, i, "www.")) {
            after = i + 4;
        } else if (asciiMatch(body, i, "http://")) {
            after = i + 7;
        } else if (asciiMatch(body, i, "https://")) {
            after = i + 8;
        } else {
            return false;
        }
        return after < body.length() && !isSpace(body.charAt(after));
    }

    /** A TLD at {@code i}, followed by the end or a non-word char (the {@code \b} of URL_RE). */
    private static boolean tldAt(String body, int i) {
        for (String tld : TLDS) {
            int end = i + tld.length();
            if (asciiMatch(body, i, tld) && (end == body.length() || !isWordChar(body.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Case-insensitive for ASCII letters only, so no 'ſ' or 'İ' folds into a match. */
    private static boolean asciiMatch(String body, int at, String lowerPattern) {
        int length = lowerPattern.length();
        if (at + length > body.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char p = lowerPattern.charAt(k);
            char c = body.charAt(at + k);
            if (p >= 'a' && p <= 'z' ? (c | 0x20) != p : c != p) {
                return false;
            }
        }
        return true;
    }

    private static String asciiLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isNameChar(char c) {
        return isAlnum(c) || c == '_' || c == '-';
    }

    private static boolean isUserNameChar(char c) {
        return isAlnum(c) || c == '_' || c == '.' || c == '-';
    }

    private static boolean isLabelChar(char c) {
        return isAlnum(c) || c == '-';
    }

    private static boolean isWordChar(char c) {
        return isAlnum(c) || c == '_';
    }
}
