package dev.banter.tck.internal;

import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BroadcastStart;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.RoomStats;
import dev.banter.api.types.Tip;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Message factories with readable ids, for the verification classes. */
public final class Msgs {

    private static final AtomicLong IDS = new AtomicLong();

    private Msgs() {}

    /** A message with a fresh {@code tck-N} id, stamped {@code at}. */
    public static <P extends Payload> Message of(MessageType<P> type, String room, User sender, P payload, Instant at) {
        return new Message("tck-" + IDS.incrementAndGet(), type, RoomId.of(room), sender, at, payload);
    }

    public static Message chat(String room, String user, String body) {
        return of(BuiltinTypes.CHAT_MESSAGE, room, User.viewer(user), new ChatMessage(body), Instant.now());
    }

    public static Message tip(String room, String user, long amount, String note) {
        return of(BuiltinTypes.TIP, room, User.viewer(user), new Tip(amount, note, false), Instant.now());
    }

    public static Message stats(String room, long viewers) {
        return of(BuiltinTypes.ROOM_STATS, room, User.system(), new RoomStats(viewers, 0, 0), Instant.now());
    }

    public static Message broadcastStart(String room) {
        return of(BuiltinTypes.BROADCAST_START, room, User.system(), BroadcastStart.INSTANCE, Instant.now());
    }

    /** The body of a chat message. */
    public static String body(Message m) {
        return m.payload(BuiltinTypes.CHAT_MESSAGE).body();
    }
}
