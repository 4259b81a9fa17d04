package dev.banter.sdk.harness;

import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event a simulated room receives: a message type by name, its sender and its payload as JSON-like values
 * (maps, lists, strings, numbers, booleans), which the engine's codec checks like any host input.
 *
 * @param type the message type's name, such as {@code tip}
 * @param user the sender
 * @param payload the payload's fields
 * @param label how the event was written, for reports ({@code chat}, {@code tip}, {@code command} ...)
 * @since 0.4
 */
public record SimEvent(String type, User user, Map<String, @Nullable Object> payload, String label) {

    public SimEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(label, "label");
        payload = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }

    /** A chat message. */
    public static SimEvent chat(User user, String body) {
        return new SimEvent(BuiltinTypes.CHAT_MESSAGE.name(), user, Map.of("body", body), "chat");
    }

    /** A tip. */
    public static SimEvent tip(User user, long amount, String note) {
        Map<String, @Nullable Object> p = new LinkedHashMap<>();
        p.put("amount", amount);
        p.put("note", note);
        p.put("anonymous", false);
        return new SimEvent(BuiltinTypes.TIP.name(), user, p, "tip");
    }

    /** A command, sent as the chat line {@code !name args...} so the router derives it as in production. */
    public static SimEvent command(User user, String name, List<String> args) {
        StringBuilder body = new StringBuilder("!").append(name);
        for (String a : args) {
            body.append(' ').append(a);
        }
        return new SimEvent(BuiltinTypes.CHAT_MESSAGE.name(), user, Map.of("body", body.toString()), "command");
    }

    /** An event of any registered type, such as {@code user.enter} with an empty payload. */
    public static SimEvent of(String type, User user, Map<String, @Nullable Object> payload) {
        return new SimEvent(type, user, payload, type);
    }

    /** A short description for reports: {@code tip bob {amount=60, note=go, anonymous=false}}. */
    public String describe() {
        return label + " " + user.name() + (payload.isEmpty() ? "" : " " + payload);
    }
}
