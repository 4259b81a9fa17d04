package dev.banter.api.sandbox;

import dev.banter.api.action.Permission;
import dev.banter.api.handler.Slot;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateStore;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a sandbox needs to make one instance of an extension in one room.
 *
 * @param source the code
 * @param room the room the instance serves
 * @param worker the lane the room runs on ({@link dev.banter.api.room.Room#lane()}); the instance is only ever
 *     invoked from that lane's thread
 * @param settings the instance's settings, as JSON-compatible values (String, Number, Boolean, List, Map, null);
 *     the extension sees a frozen copy
 * @param state where the instance's kv lives; the scope is {@code (source.id(), room)}
 * @param limits the limits of this instance; must be within the sandbox's maxima
 * @param policy what a violation does
 * @param permissions what the instance may do; an action needing anything else is refused
 * @param slot the chain slot the handler runs in
 * @since 0.1
 */
public record InstanceSpec(
        ExtensionSource source,
        RoomId room,
        int worker,
        Map<String, Object> settings,
        StateStore state,
        SandboxLimits limits,
        ViolationPolicy policy,
        Set<Permission> permissions,
        Slot slot) {

    public InstanceSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(slot, "slot");
        if (worker < 0) {
            throw new IllegalArgumentException("worker must be >= 0, was " + worker);
        }
        settings = Map.copyOf(settings);
        permissions = Set.copyOf(permissions);
    }

    /** An instance with default limits and policy, no settings, in the bot slot. */
    public static InstanceSpec of(
            ExtensionSource source, RoomId room, int worker, StateStore state, Set<Permission> permissions) {
        return new InstanceSpec(
                source,
                room,
                worker,
                Map.of(),
                state,
                SandboxLimits.defaults(),
                ViolationPolicy.defaults(),
                permissions,
                Slot.BOT);
    }

    /** A copy with other settings. */
    public InstanceSpec withSettings(Map<String, Object> newSettings) {
        return new InstanceSpec(source, room, worker, newSettings, state, limits, policy, permissions, slot);
    }

    /** A copy with other limits. */
    public InstanceSpec withLimits(SandboxLimits newLimits) {
        return new InstanceSpec(source, room, worker, settings, state, newLimits, policy, permissions, slot);
    }

    /** A copy with another policy. */
    public InstanceSpec withPolicy(ViolationPolicy newPolicy) {
        return new InstanceSpec(source, room, worker, settings, state, limits, newPolicy, permissions, slot);
    }

    /** A copy in another slot. */
    public InstanceSpec inSlot(Slot newSlot) {
        return new InstanceSpec(source, room, worker, settings, state, limits, policy, permissions, newSlot);
    }

    /** The handler id the instance is installed under: {@code ext:<id>}. */
    public String handlerId() {
        return "ext:" + source.id();
    }
}
