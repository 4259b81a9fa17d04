package dev.banter.core.internal.chain;

import dev.banter.api.handler.Command;
import dev.banter.api.handler.Routing;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.core.internal.metrics.RoomCounters;
import dev.banter.core.internal.routing.RouteResult;
import dev.banter.core.internal.routing.Router;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A message's routing, computed the first time something needs it: a subscription with a category or command, or a
 * handler asking its context. A chain of handlers that take every message of their type never pays for the scan.
 *
 * <p>It also carries what every handler call for the message shares, so that each call's {@link CallContext} is
 * small: the clock, the list the emitted actions go to, and the room's counters.
 */
final class LazyRoute implements Routing {

    private final Router router;
    private final Message message;
    private final boolean firstMessage;
    private final Clock clock;
    private final List<Emitted> emitted;
    private final RoomCounters counters;
    private @Nullable RouteResult result;
    private @Nullable Command command;
    private boolean commandParsed;

    LazyRoute(
            Router router,
            Message message,
            boolean firstMessage,
            Clock clock,
            List<Emitted> emitted,
            RoomCounters counters) {
        this.router = router;
        this.message = message;
        this.firstMessage = firstMessage;
        this.clock = clock;
        this.emitted = emitted;
        this.counters = counters;
    }

    RoomId room() {
        return message.room();
    }

    Clock clock() {
        return clock;
    }

    List<Emitted> emitted() {
        return emitted;
    }

    RoomCounters counters() {
        return counters;
    }

    RouteResult get() {
        RouteResult r = result;
        if (r == null) {
            r = router.categorize(message, firstMessage);
            result = r;
        }
        return r;
    }

    @Override
    public boolean has(String category) {
        return get().has(category);
    }

    @Override
    public Set<String> categories() {
        return get().categories();
    }

    /**
     * The message's command. Before the full routing is needed, only the start of the body is looked at: a chain of
     * command handlers costs an ordinary chat message that much and no more.
     */
    @Override
    public @Nullable Command command() {
        RouteResult r = result;
        if (r != null) {
            return r.command();
        }
        if (!commandParsed) {
            command = router.commandOf(message);
            commandParsed = true;
        }
        return command;
    }

    @Override
    public List<String> mentions() {
        return get().mentions();
    }

    @Override
    public int tipTier() {
        return get().tipTier();
    }

    @Override
    public String toString() {
        return get().toString();
    }
}
