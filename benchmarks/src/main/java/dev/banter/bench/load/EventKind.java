package dev.banter.bench.load;

import dev.banter.api.message.MessageType;
import dev.banter.api.types.BuiltinTypes;
import java.util.Locale;

/**
 * What a simulated viewer does: the kinds of event the generator sends. A command is a chat message that starts
 * with {@code !}, counted apart from ordinary chat because only command bots run for it.
 *
 * @since 0.1
 */
public enum EventKind {
    /** An ordinary chat line. */
    CHAT(BuiltinTypes.CHAT_MESSAGE),
    /** A chat line such as {@code !roll 2d6}. */
    COMMAND(BuiltinTypes.CHAT_MESSAGE),
    /** A tip; critical, never dropped. */
    TIP(BuiltinTypes.TIP),
    /** A viewer enters; may be coalesced under overload. */
    ENTER(BuiltinTypes.USER_ENTER),
    /** A viewer leaves; may be coalesced under overload. */
    LEAVE(BuiltinTypes.USER_LEAVE),
    /** A viewer follows the room. */
    FOLLOW(BuiltinTypes.USER_FOLLOW);

    private static final EventKind[] ALL = values();

    private final MessageType<?> type;

    EventKind(MessageType<?> type) {
        this.type = type;
    }

    /** The message type an event of this kind is sent as. */
    public MessageType<?> type() {
        return type;
    }

    /** The lower-case name used in options and results: {@code chat}, {@code tip}... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind of that wire name.
     *
     * @throws IllegalArgumentException naming the value and the known names
     */
    public static EventKind parse(String name) {
        for (EventKind k : ALL) {
            if (k.wireName().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "unknown event kind '" + name + "': expected one of chat, command, tip," + " enter, leave, follow");
    }

    static EventKind of(int ordinal) {
        return ALL[ordinal];
    }

    static int count() {
        return ALL.length;
    }
}
