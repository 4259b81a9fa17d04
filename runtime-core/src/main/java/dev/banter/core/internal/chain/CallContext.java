package dev.banter.core.internal.chain;

import dev.banter.api.action.Action;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.HandlerContext;
import dev.banter.api.handler.Routing;
import dev.banter.api.handler.Stage;
import dev.banter.api.room.RoomId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The context handed to one handler call. Each call gets its own (a handler may keep a reference, and a stale one must
 * fail rather than act for a later message); it is three fields, and what every call for the message shares (room,
 * routing, clock, the emitted actions, the room's counters) sits in the message's {@link LazyRoute}.
 */
final class CallContext implements HandlerContext {

    private final ChainEntry entry;
    private final Stage stage;
    private final LazyRoute call;
    private boolean active = true;

    CallContext(ChainEntry entry, Stage stage, LazyRoute call) {
        this.entry = entry;
        this.stage = stage;
        this.call = call;
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
        return call.room();
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public Routing routing() {
        return call;
    }

    @Override
    public Set<Permission> permissions() {
        return entry.spec.permissions();
    }

    @Override
    public Instant now() {
        return call.clock().instant();
    }

    @Override
    public void emit(Action action) {
        Objects.requireNonNull(action, "action");
        if (!active) {
            throw new IllegalStateException("handler '" + entry.spec.id()
                    + "' emitted an action after its call returned; emit only during handle()");
        }
        if (!entry.permits(action.permission())) {
            call.counters().permissionDenials++;
            throw new SecurityException("handler '" + entry.spec.id() + "' may not emit " + action.kind()
                    + ": permission '" + action.permission().key() + "' was not granted");
        }
        call.emitted().add(new Emitted(entry.spec.id(), action));
    }
}
