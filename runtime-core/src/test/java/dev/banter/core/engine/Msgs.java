package dev.banter.core.engine;

import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.RoomStats;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;

/** Message factories for engine tests. */
final class Msgs {

    private Msgs() {}

    static Message chat(String room, String user, String body) {
        return Message.of(BuiltinTypes.CHAT_MESSAGE, RoomId.of(room), User.viewer(user), new ChatMessage(body));
    }

    static Message tip(String room, String user, long amount) {
        return Message.of(BuiltinTypes.TIP, RoomId.of(room), User.viewer(user), new Tip(amount, "", false));
    }

    static Message tip(String room, String user, long amount, String note) {
        return Message.of(BuiltinTypes.TIP, RoomId.of(room), User.viewer(user), new Tip(amount, note, false));
    }

    static Message stats(String room, long viewers) {
        return Message.of(BuiltinTypes.ROOM_STATS, RoomId.of(room), User.system(), new RoomStats(viewers, 0, 0));
    }

    static Message enter(String room, String user) {
        return Message.of(BuiltinTypes.USER_ENTER, RoomId.of(room), User.viewer(user), UserEnter.INSTANCE);
    }

    static String body(Message m) {
        return m.payload(BuiltinTypes.CHAT_MESSAGE).body();
    }
}
