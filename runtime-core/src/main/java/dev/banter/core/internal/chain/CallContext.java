package dev.banter.core.internal.chain;

import dev.banter.api.action.Action;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.HandlerContext;
import dev.banter.api.handler.Routing;
import dev.banter.api.handler.Stage;
import dev.banter.api.room.RoomId;
import dev.banter.core.internal.metrics.RoomCounters;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The context handed to one handler call. Each call gets its own (a handler may keep a reference, and a stale one must
 * fail rather than act for a later message); it is a handful of field writes, cheaper than the call itself.
 */
final class CallContext implements HandlerContext {

    private final ChainEntry entry;
    private final RoomId room;
    private final Stage stage;
    private final Routing routing;
    private final Clock clock;
    private final List<Emitted> sink;
    private final RoomCounters counters;
    private boolean active = true;

    CallContext(
            ChainEntry entry,
            RoomId room,
            Stage stage,
            Routing routing,
            Clock clock,
            List<Emitted> sink,
            RoomCounters counters) {
        this.entry = entry;
        this.room = room;
        this.stage = stage;
        this.routing = routing;
        this.clock = clock;
        this.sink = sink;
        this.counters = counters;
    }

    void end() {
        active = false;
    }

    @Override
    public String handlerId() {
        return entry.spec.id();
    }

    @Override
    public RoomId room() {
        return room;
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public Routing routing() {
        return routing;
    }

    @Override
    public Set<Permission> permissions() {
        return entry.spec.permissions();
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void emit(Action action) {
        Objects.requireNonNull(action, "action");
        if (!active) {
            throw new IllegalStateException("handler '" + entry.spec.id()
                    + "' emitted an action after its call returned; emit only during handle()");
        }
        if (!entry.permits(action.permission())) {
            counters.permissionDenials++;
            throw new SecurityException("handler '" + entry.spec.id() + "' may not emit " + action.kind()
                    + ": permission '" + action.permission().key() + "' was not granted");
        }
        sink.add(new Emitted(entry.spec.id(), action));
    }
}
