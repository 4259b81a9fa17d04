package dev.banter.benchmarks;

import dev.banter.api.action.Action;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.Command;
import dev.banter.api.handler.HandlerContext;
import dev.banter.api.handler.Routing;
import dev.banter.api.handler.Stage;
import dev.banter.api.room.RoomId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The least a handler needs to run without an engine: a room, no routing, every permission, and an emit that only
 * counts. One instance is reused for every call, on one thread.
 */
final class DirectContext implements HandlerContext {

    private static final Instant EPOCH = Instant.EPOCH;
    private static final Set<Permission> ALL = Set.of(Permission.values());
    private static final Routing NO_ROUTING = new Routing() {
        @Override
        public boolean has(String category) {
            return false;
        }

        @Override
        public Set<String> categories() {
            return Set.of();
        }

        @Override
        public @Nullable Command command() {
            return null;
        }

        @Override
        public List<String> mentions() {
            return List.of();
        }

        @Override
        public int tipTier() {
            return 0;
        }
    };

    private RoomId room = RoomId.of("direct");
    private long emitted;

    void at(RoomId newRoom) {
        room = newRoom;
    }

    long emitted() {
        return emitted;
    }

    @Override
    public String handlerId() {
        return "direct";
    }

    @Override
    public RoomId room() {
        return room;
    }

    @Override
    public Stage stage() {
        return Stage.INTERCEPT;
    }

    @Override
    public Routing routing() {
        return NO_ROUTING;
    }

    @Override
    public Set<Permission> permissions() {
        return ALL;
    }

    @Override
    public Instant now() {
        return EPOCH;
    }

    @Override
    public void emit(Action action) {
        emitted++;
    }
}
