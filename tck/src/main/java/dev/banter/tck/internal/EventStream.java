package dev.banter.tck.internal;

import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.room.Role;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.TipperTier;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.RoomStats;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import dev.banter.api.types.UserLeave;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A seeded stream of ordinary room traffic: chat (plain, shouting, repeated letters, links, mentions, the
 * extension's commands with odd arguments), tips, presence and statistics. The same seed gives the same events, ids
 * and gaps.
 */
public final class EventStream {

    private static final List<String> WORDS = List.of(
            "hi",
            "hello",
            "nice",
            "lol",
            "WOW",
            "sooooo",
            "good",
            "stream",
            "@alice",
            "example.com",
            "!!!",
            "why",
            "AMAZING",
            "ok",
            "gg",
            "😀",
            "déjà",
            "vu",
            "https://example.org/x",
            "tip");
    private static final List<String> ARGS = List.of("", "2d6", "1d20", "x", "20d999", "0d1", "100", "d", "3d4 extra");

    private final Random random;
    private final RoomId room;
    private final List<String> commands;
    private final List<User> users;
    private int n;

    public EventStream(long seed, RoomId room, List<String> commands) {
        this.random = new Random(seed);
        this.room = room;
        this.commands = List.copyOf(commands);
        this.users = List.of(
                User.of("alice", Role.OWNER),
                User.of("mod1", Role.MODERATOR),
                User.of("fan1", Role.FAN, Role.HAS_TOKENS).withTipper(TipperTier.TIPPED_A_LOT),
                User.viewer("bob"),
                User.viewer("carol"),
                User.of("dave", Role.HAS_TOKENS).withTipper(TipperTier.TIPPED),
                User.viewer("eve"),
                User.viewer("frank"));
    }

    /** How long to move virtual time on before the next event: 0 to 3 s. */
    public Duration nextGap() {
        return Duration.ofMillis(random.nextInt(3_000));
    }

    /** The next event, stamped {@code now}. */
    public Message next(Instant now) {
        User user = users.get(random.nextInt(users.size()));
        int kind = random.nextInt(20);
        if (kind < 3) {
            return message(
                    BuiltinTypes.TIP,
                    user,
                    new Tip(1 + random.nextInt(random.nextBoolean() ? 50 : 2_000), note(), random.nextInt(10) == 0),
                    now);
        }
        if (kind == 3) {
            return message(BuiltinTypes.USER_ENTER, user, UserEnter.INSTANCE, now);
        }
        if (kind == 4) {
            return message(BuiltinTypes.USER_LEAVE, user, UserLeave.INSTANCE, now);
        }
        if (kind == 5) {
            return message(
                    BuiltinTypes.ROOM_STATS,
                    User.system(),
                    new RoomStats(random.nextInt(500), random.nextInt(100), random.nextInt(10_000)),
                    now);
        }
        if (kind < 10 && !commands.isEmpty()) {
            String command = commands.get(random.nextInt(commands.size()));
            String args = ARGS.get(random.nextInt(ARGS.size()));
            return message(BuiltinTypes.CHAT_MESSAGE, user, new ChatMessage(("!" + command + " " + args).strip()), now);
        }
        return message(BuiltinTypes.CHAT_MESSAGE, user, new ChatMessage(chat()), now);
    }

    private String note() {
        return random.nextBoolean() ? "" : WORDS.get(random.nextInt(WORDS.size()));
    }

    private String chat() {
        StringBuilder s = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            s.append(s.isEmpty() ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        String text = s.toString();
        return random.nextInt(6) == 0 ? text.toUpperCase(java.util.Locale.ROOT) : text;
    }

    private <P extends Payload> Message message(MessageType<P> type, User sender, P payload, Instant now) {
        return new Message("ev-" + (++n), type, room, sender, now, payload);
    }
}
