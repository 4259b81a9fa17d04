package dev.banter.api.room;

import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A room open in the runtime: where its handlers are installed and from where it is drained and closed.
 *
 * <p>A room is pinned to one lane of the worker pool for its whole life; its events are processed one at a time in
 * submission order. Installing or removing a handler swaps the room's chain snapshot: messages already running keep
 * the chain they started with, the next message sees the new one.
 *
 * <p>Room handlers run in slot order: the room's {@link dev.banter.api.handler.Slot#APP app} first, then its
 * {@link dev.banter.api.handler.Slot#BOT bots} in the order they were installed. Host pre-handlers run before all of
 * them and host post-handlers after.
 *
 * @since 0.1
 */
public interface Room {

    /** The room's id. */
    RoomId id();

    /** The index of the lane the room is pinned to. */
    int lane();

    /**
     * Submits one event to this room: what {@link dev.banter.api.BanterRuntime#submit} does for a message of this
     * room, without looking the room up by its id. A host that keeps each room's handle (one per broadcast, say) saves
     * that look-up on every event; with thousands of rooms it is a few cache misses each time.
     *
     * <p>Unlike the runtime's submit, this never opens a room: once this room is closing or closed, every event
     * answers {@link Outcome.Status#CLOSED}, and the host opens the room again with
     * {@link dev.banter.api.BanterRuntime#openRoom} for a fresh handle.
     *
     * @throws IllegalArgumentException if the message is for another room
     * @throws dev.banter.api.message.MessageFormatException if the type is not registered in the runtime or the
     *     payload does not fit its schema
     * @since 0.2
     */
    CompletionStage<Outcome> submit(Message message);

    /**
     * Installs a handler into this room. Timers the runtime stored for a handler of this id in this room are
     * restored on the room's lane, before any event submitted after this call.
     *
     * @throws IllegalArgumentException if a handler with the same id is installed already
     * @throws IllegalStateException if the spec takes the app slot and the room has an app, if the room already has
     *     the maximum number of bots, or if the room is closing
     */
    void install(HandlerSpec spec);

    /**
     * Removes an installed handler. Its timers stop but stay stored, for when a handler of this id is installed again.
     *
     * @return whether a handler with that id was installed
     */
    boolean uninstall(String handlerId);

    /**
     * Removes some handlers and installs others in one chain swap, so that no message sees neither. The new handlers
     * take the place of the first removed one that is installed (or go to the end if none is): an upgraded bot keeps
     * its position among the bots.
     *
     * @throws IllegalArgumentException if a new handler's id is taken by a handler that stays
     * @throws IllegalStateException as {@link #install} does, judged after the removal; nothing changes then
     * @since 0.2
     */
    void replace(List<String> removeIds, List<HandlerSpec> specs);

    /**
     * Runs a task on the room's lane thread, after every event accepted before this call and before any accepted
     * after it completes: the way to touch state that only the lane may touch. The task must be short; the room's
     * events wait for it.
     *
     * @return completes with the task's result, or exceptionally with what it threw
     * @since 0.2
     */
    <T> CompletionStage<T> onLane(java.util.function.Supplier<T> task);

    /** The installed room handlers, in slot order. */
    List<HandlerSpec> handlers();

    /** The number of accepted events not yet processed. */
    int queueDepth();

    /** Whether the room takes new events. */
    boolean isOpen();

    /**
     * Stops taking events, processes every accepted one, settles its actions, then removes the room. Submits while it
     * closes answer {@link dev.banter.api.handler.Outcome.Status#CLOSED}; once it is removed, the next submit or
     * {@code openRoom} opens a fresh room with no room handlers.
     *
     * @return completes when the last accepted event has been processed and its actions handed to the sink
     */
    CompletionStage<Void> close();
}
