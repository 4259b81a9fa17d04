package dev.banter.sandbox.graal;

import dev.banter.api.handler.Command;
import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Message;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.PrivateMessage;
import dev.banter.api.types.TimerFired;
import dev.banter.api.types.Tip;
import dev.banter.sandbox.graal.js.JsChat;
import dev.banter.sandbox.graal.js.JsCommand;
import dev.banter.sandbox.graal.js.JsTimer;
import dev.banter.sandbox.graal.js.JsTip;
import dev.banter.sandbox.graal.js.JsUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.jspecify.annotations.Nullable;

/**
 * Turns a message into what guest code receives: an immutable host object with exported fields for the hot built-in
 * types, and a read-only proxy over the payload fields for every other type. Never JSON.
 */
final class Events {

    private Events() {}

    static Object of(Message message) {
        return switch (message.payload()) {
            case ChatMessage chat ->
                new JsChat(message, chat.body(), null, chat.background(), chat.color(), chat.font());
            case PrivateMessage pm -> new JsChat(message, pm.body(), pm.to());
            case Tip tip -> new JsTip(message, tip);
            case TimerFired fired -> new JsTimer(message, fired);
            default -> generic(message);
        };
    }

    static Object command(Message message, Command command) {
        String body = message.payload() instanceof ChatMessage chat ? chat.body() : "";
        return new JsCommand(message, body, command);
    }

    private static Object generic(Message message) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("type", message.type().name());
        fields.put("id", message.id());
        fields.put("room", message.room().value());
        fields.put("ts", (double) message.timestamp().toEpochMilli());
        fields.put("user", new JsUser(message.sender()));
        List<FieldSpec> specs = message.type().schema().fields();
        Object[] values = message.type().schema().valuesOf(message.payload());
        for (int i = 0; i < specs.size(); i++) {
            Object v = values[i];
            if (v instanceof List<?> list) {
                v = ProxyArray.fromArray(list.toArray());
            } else if (v instanceof Long l) {
                v = l.doubleValue();
            } else if (v instanceof Integer n) {
                v = n.doubleValue();
            }
            fields.put(specs.get(i).name(), v);
        }
        return new ReadOnly(fields);
    }

    /** A frozen record of fields: reads work, writes and deletes are refused. */
    private record ReadOnly(Map<String, Object> fields) implements ProxyObject {

        @Override
        public @Nullable Object getMember(String key) {
            return fields.get(key);
        }

        @Override
        public Object getMemberKeys() {
            return ProxyArray.fromArray(fields.keySet().toArray());
        }

        @Override
        public boolean hasMember(String key) {
            return fields.containsKey(key);
        }

        @Override
        public void putMember(String key, Value value) {
            throw new UnsupportedOperationException("events are read-only");
        }

        @Override
        public boolean removeMember(String key) {
            throw new UnsupportedOperationException("events are read-only");
        }
    }
}
