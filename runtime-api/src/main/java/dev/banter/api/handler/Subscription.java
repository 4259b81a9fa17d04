package dev.banter.api.handler;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a handler wants to see: messages of one type, optionally only those in one category or only one command.
 *
 * <p>A handler whose subscriptions do not match a message is never invoked for it. A command subscription implies the
 * {@code command} category and matches {@code chat.message} only.
 *
 * @param type the message type name
 * @param category a category the message must be in, or null for any
 * @param command a command name the message must carry (lower case, no prefix), or null for any
 * @since 0.1
 */
public record Subscription(
        String type, @Nullable String category, @Nullable String command) {

    public Subscription {
        Objects.requireNonNull(type, "type");
        if (command != null) {
            if (!type.equals("chat.message")) {
                throw new IllegalArgumentException(
                        "a command subscription matches chat.message only, not '" + type + "'");
            }
            if (!command.matches("[a-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("command name must be 1..32 chars of [a-z0-9_-]: '" + command + "'");
            }
        }
    }

    /** Every message of {@code type}. */
    public static Subscription to(String type) {
        return new Subscription(type, null, null);
    }

    /** Messages of {@code type} in {@code category}. */
    public static Subscription to(String type, String category) {
        return new Subscription(type, category, null);
    }

    /** Chat messages that are the command {@code name}. */
    public static Subscription command(String name) {
        return new Subscription("chat.message", null, name);
    }
}
