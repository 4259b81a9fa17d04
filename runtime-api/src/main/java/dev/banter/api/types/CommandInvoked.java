package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.List;
import java.util.Objects;

/**
 * The payload of {@code command}: a command given outside chat text, such as from a button in the host's broadcaster panel. (Commands typed in chat stay {@code chat.message} events; the router finds them, see {@link dev.banter.api.handler.Routing#command()}.)
 *
 * @param name the command name
 * @param args its arguments
 * @since 0.1
 */
public record CommandInvoked(String name, List<String> args) implements Payload {

    public CommandInvoked {
        Objects.requireNonNull(name, "name");
        args = List.copyOf(args);
    }
}
