package dev.banter.core.internal.chain;

import dev.banter.api.handler.Command;
import dev.banter.api.handler.Handler;
import dev.banter.core.internal.routing.RouteResult;
import dev.banter.core.internal.routing.Router;
import org.jspecify.annotations.Nullable;

/**
 * One handler in one type's chain, with the filters of its subscriptions to that type. A step with no filters takes
 * every message of the type; otherwise a message must pass one filter.
 */
final class Step {

    final ChainEntry entry;
    // the entry's handler, read here so that running a step does not go through the entry and its spec
    final Handler handler;
    private final int @Nullable [] bits;
    private final @Nullable String[] commands;
    // every filter asks for a command (named or any): the command alone decides, not the full routing
    private final boolean commandsOnly;

    Step(ChainEntry entry, int @Nullable [] bits, @Nullable String[] commands) {
        this.entry = entry;
        this.handler = entry.spec.handler();
        this.bits = bits;
        this.commands = commands;
        this.commandsOnly = bits != null && commandsOnly(bits, commands);
    }

    private static boolean commandsOnly(int[] bits, @Nullable String[] commands) {
        for (int i = 0; i < bits.length; i++) {
            boolean named = bits[i] < 0 && commands[i] != null;
            if (!named && bits[i] != Router.commandBit()) {
                return false;
            }
        }
        return true;
    }

    boolean matches(LazyRoute lazy) {
        int[] b = bits;
        if (b == null) {
            return true;
        }
        if (commandsOnly) {
            return matchesCommand(lazy.command());
        }
        RouteResult route = lazy.get();
        for (int i = 0; i < b.length; i++) {
            if (b[i] >= 0 && !route.hasBit(b[i])) {
                continue;
            }
            String command = commands[i];
            if (command != null
                    && (route.command() == null
                            || !command.equals(route.command().name()))) {
                continue;
            }
            return true;
        }
        return false;
    }

    private boolean matchesCommand(@Nullable Command command) {
        if (command == null) {
            return false;
        }
        for (String name : commands) {
            if (name == null || name.equals(command.name())) {
                return true;
            }
        }
        return false;
    }
}
