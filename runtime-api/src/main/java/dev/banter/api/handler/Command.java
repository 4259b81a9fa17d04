package dev.banter.api.handler;

import java.util.List;
import java.util.Objects;

/**
 * A chat command the router found at the start of a message, such as {@code !roll 2d6}.
 *
 * @param prefix the prefix that introduced it, such as {@code !} or {@code /}
 * @param name the command name, lower-cased ASCII {@code [a-z0-9_-]}, 1..32 chars
 * @param args the whitespace-separated arguments
 * @param argText everything after the name, trimmed
 * @since 0.1
 */
public record Command(String prefix, String name, List<String> args, String argText) {

    public Command {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argText, "argText");
        args = List.copyOf(args);
    }
}
