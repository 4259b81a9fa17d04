package dev.banter.core.internal.chain;

import dev.banter.api.handler.Handler;
import dev.banter.core.internal.routing.RouteResult;
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

    Step(ChainEntry entry, int @Nullable [] bits, @Nullable String[] commands) {
        this.entry = entry;
        this.handler = entry.spec.handler();
        this.bits = bits;
        this.commands = commands;
    }

    boolean matches(LazyRoute lazy) {
        int[] b = bits;
        if (b == null) {
            return true;
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
}
