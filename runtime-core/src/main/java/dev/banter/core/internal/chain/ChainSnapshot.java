package dev.banter.core.internal.chain;

import dev.banter.api.handler.Handler;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Slot;
import dev.banter.api.handler.Stage;
import dev.banter.api.handler.Subscription;
import dev.banter.api.message.Flow;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.MessageTypeRegistry;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.core.internal.routing.Router;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A room's frozen chain: for every message type, the steps to run. Installing or removing a handler builds a new
 * snapshot and swaps it in; a running message keeps the snapshot it started with.
 *
 * <p>Interceptors run as host pre-handlers, room app, room bots (install order), host post-handlers; observers as host
 * observers, then room observers in the same slot order.
 */
public final class ChainSnapshot {

    private final Map<String, TypeChain> byType;
    // chat messages are most of a room's traffic: their chain is read from a field, not the map
    private final TypeChain chat;
    private final List<HandlerSpec> roomHandlers;
    private final Map<String, String> timerOwners;
    private final Map<String, TypeChain> timerChains;

    private ChainSnapshot(
            Map<String, TypeChain> byType,
            List<HandlerSpec> roomHandlers,
            Map<String, String> timerOwners,
            Map<String, TypeChain> timerChains) {
        this.byType = byType;
        this.chat = byType.getOrDefault(BuiltinTypes.CHAT_MESSAGE.name(), TypeChain.EMPTY);
        this.roomHandlers = roomHandlers;
        this.timerOwners = timerOwners;
        this.timerChains = timerChains;
    }

    TypeChain chainFor(MessageType<?> type) {
        if (type == BuiltinTypes.CHAT_MESSAGE) {
            return chat;
        }
        TypeChain chain = byType.get(type.name());
        return chain == null ? TypeChain.EMPTY : chain;
    }

    /**
     * Who owns the timers a handler schedules: the first handler in this chain (host handlers, then the room's in slot
     * order) with the same {@link dev.banter.api.handler.Handler} object, so that the halves of one extension share
     * their timers; the id itself for a handler not in the chain.
     */
    public String timerOwner(String handlerId) {
        return timerOwners.getOrDefault(handlerId, handlerId);
    }

    /** The {@code timer} steps of one owner's handlers: a timer message goes to nobody else. */
    TypeChain timerChainFor(String owner) {
        TypeChain chain = timerChains.get(owner);
        return chain == null ? TypeChain.EMPTY : chain;
    }

    /** The room's own handlers in slot order. */
    public List<HandlerSpec> roomHandlers() {
        return roomHandlers;
    }

    /** The host's handlers, shared by every room's snapshot. */
    public record HostHandlers(List<ChainEntry> pre, List<ChainEntry> post, List<ChainEntry> observers) {}

    /**
     * Builds a snapshot.
     *
     * @param room the room's handlers as entries, in install order (the app is moved first)
     * @throws IllegalArgumentException if a subscription names an unknown type or category, or an interceptor
     *     subscribes to an OBSERVE type
     */
    public static ChainSnapshot build(
            HostHandlers host, List<ChainEntry> room, MessageTypeRegistry registry, Router router) {
        List<ChainEntry> ordered = new ArrayList<>(room.size());
        for (ChainEntry e : room) {
            if (e.spec.slot() == Slot.APP) {
                ordered.add(e);
            }
        }
        for (ChainEntry e : room) {
            if (e.spec.slot() == Slot.BOT) {
                ordered.add(e);
            }
        }
        List<ChainEntry> interceptors = new ArrayList<>(host.pre());
        List<ChainEntry> observers = new ArrayList<>(host.observers());
        for (ChainEntry e : ordered) {
            (e.spec.stage() == Stage.INTERCEPT ? interceptors : observers).add(e);
        }
        interceptors.addAll(host.post());

        Map<String, List<Step>> in = new LinkedHashMap<>();
        Map<String, List<Step>> obs = new LinkedHashMap<>();
        for (ChainEntry e : interceptors) {
            addSteps(e, in, registry, router);
        }
        for (ChainEntry e : observers) {
            addSteps(e, obs, registry, router);
        }
        Map<String, TypeChain> byType = new HashMap<>();
        for (MessageType<?> type : registry.types()) {
            List<Step> i = in.getOrDefault(type.name(), List.of());
            List<Step> o = obs.getOrDefault(type.name(), List.of());
            if (!i.isEmpty() || !o.isEmpty()) {
                byType.put(type.name(), new TypeChain(i.toArray(new Step[0]), o.toArray(new Step[0])));
            }
        }
        List<HandlerSpec> specs = new ArrayList<>(ordered.size());
        for (ChainEntry e : ordered) {
            specs.add(e.spec);
        }
        List<ChainEntry> all = new ArrayList<>(host.pre());
        all.addAll(host.post());
        all.addAll(host.observers());
        all.addAll(ordered);
        Map<String, String> owners = timerOwners(all);
        return new ChainSnapshot(
                byType, List.copyOf(specs), owners, timerChains(byType.get(BuiltinTypes.TIMER.name()), owners));
    }

    private static Map<String, String> timerOwners(List<ChainEntry> entries) {
        Map<Handler, String> first = new IdentityHashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (ChainEntry e : entries) {
            String owner = first.computeIfAbsent(e.spec.handler(), h -> e.spec.id());
            if (!owner.equals(e.spec.id())) {
                owners.put(e.spec.id(), owner);
            }
        }
        return Map.copyOf(owners);
    }

    private static Map<String, TypeChain> timerChains(@Nullable TypeChain timer, Map<String, String> owners) {
        if (timer == null) {
            return Map.of();
        }
        Map<String, List<Step>> byOwner = new HashMap<>();
        for (Step step : timer.observers) {
            String owner = owners.getOrDefault(step.entry.spec.id(), step.entry.spec.id());
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(step);
        }
        Map<String, TypeChain> chains = new HashMap<>();
        byOwner.forEach((owner, steps) -> chains.put(owner, new TypeChain(new Step[0], steps.toArray(new Step[0]))));
        return Map.copyOf(chains);
    }

    /** Checks a spec against the registry and router without building anything. */
    public static void validate(HandlerSpec spec, MessageTypeRegistry registry, Router router) {
        if (spec.subscriptions().isEmpty()) {
            throw new IllegalArgumentException("handler '" + spec.id() + "' has no subscription");
        }
        for (Subscription sub : spec.subscriptions()) {
            MessageType<?> type = registry.find(sub.type())
                    .orElseThrow(() -> new IllegalArgumentException("handler '" + spec.id()
                            + "' subscribes to unknown message type '" + sub.type() + "'; known: "
                            + registry.types().stream().map(MessageType::name).toList()));
            if (spec.stage() == Stage.INTERCEPT && type.flow() == Flow.OBSERVE) {
                throw new IllegalArgumentException("handler '" + spec.id() + "' intercepts '" + sub.type()
                        + "', which has OBSERVE flow and cannot be vetoed: make it an observer");
            }
            if (sub.category() != null && router.bitOf(sub.category()) < 0) {
                throw new IllegalArgumentException("handler '" + spec.id() + "' subscribes to unknown category '"
                        + sub.category() + "'; known: " + router.categoryNames());
            }
        }
    }

    private static void addSteps(
            ChainEntry e, Map<String, List<Step>> into, MessageTypeRegistry registry, Router router) {
        validate(e.spec, registry, router);
        Map<String, List<Subscription>> byType = new LinkedHashMap<>();
        for (Subscription sub : e.spec.subscriptions()) {
            byType.computeIfAbsent(sub.type(), k -> new ArrayList<>()).add(sub);
        }
        byType.forEach((type, subs) ->
                into.computeIfAbsent(type, k -> new ArrayList<>()).add(step(e, subs, router)));
    }

    private static Step step(ChainEntry e, List<Subscription> subs, Router router) {
        for (Subscription sub : subs) {
            if (sub.category() == null && sub.command() == null) {
                return new Step(e, null, new String[0]);
            }
        }
        int[] bits = new int[subs.size()];
        @Nullable String[] commands = new String[subs.size()];
        for (int i = 0; i < subs.size(); i++) {
            Subscription sub = subs.get(i);
            bits[i] = sub.category() == null ? -1 : router.bitOf(sub.category());
            commands[i] = sub.command();
        }
        return new Step(e, bits, commands);
    }
}
