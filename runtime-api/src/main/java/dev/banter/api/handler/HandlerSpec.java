package dev.banter.api.handler;

import dev.banter.api.action.Permission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A handler together with everything the runtime needs to run it: its id, subscriptions, stage, slot, granted
 * permissions and failure policy.
 *
 * <p>Specs are immutable; the {@code with} methods return changed copies:
 *
 * {@snippet :
 * HandlerSpec spec = HandlerSpec.of("wordfilter", handler)
 *         .on(Subscription.to("chat.message"))
 *         .grant(Permission.MODERATION_BAN, Permission.NOTICE)
 *         .failClosed();
 * }
 *
 * @param id unique within its room (and among host handlers), 1..64 chars of {@code [A-Za-z0-9_.@:-]}
 * @param handler the handler
 * @param subscriptions what it wants to see; at least one
 * @param stage where it runs
 * @param slot for room handlers, which slot it takes
 * @param permissions which actions it may emit
 * @param failurePolicy what its failure means for the message
 * @since 0.1
 */
public record HandlerSpec(
        String id,
        Handler handler,
        List<Subscription> subscriptions,
        Stage stage,
        Slot slot,
        Set<Permission> permissions,
        FailurePolicy failurePolicy) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.@:-]{1,64}");

    /**
     * Validates the spec.
     *
     * @throws IllegalArgumentException if the id is malformed or there is no subscription
     */
    public HandlerSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(failurePolicy, "failurePolicy");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("handler id must be 1..64 chars of [A-Za-z0-9_.@:-]: '" + id + "'");
        }
        subscriptions = List.copyOf(subscriptions);
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    /**
     * A spec for an intercepting bot that subscribes to {@code chat.message}, with no permissions, failing open. Use
     * the {@code with} methods to change any of that.
     */
    public static HandlerSpec of(String id, Handler handler) {
        return new HandlerSpec(
                id,
                handler,
                List.of(Subscription.to("chat.message")),
                Stage.INTERCEPT,
                Slot.BOT,
                Set.of(),
                FailurePolicy.FAIL_OPEN);
    }

    /** This spec with exactly these subscriptions. */
    public HandlerSpec on(Subscription... subs) {
        return new HandlerSpec(id, handler, List.of(subs), stage, slot, permissions, failurePolicy);
    }

    /** This spec with one more subscription. */
    public HandlerSpec alsoOn(Subscription sub) {
        List<Subscription> all = new ArrayList<>(subscriptions);
        all.add(sub);
        return new HandlerSpec(id, handler, all, stage, slot, permissions, failurePolicy);
    }

    /** This spec running as an observer. */
    public HandlerSpec observe() {
        return new HandlerSpec(id, handler, subscriptions, Stage.OBSERVE, slot, permissions, failurePolicy);
    }

    /** This spec running as an interceptor. */
    public HandlerSpec intercept() {
        return new HandlerSpec(id, handler, subscriptions, Stage.INTERCEPT, slot, permissions, failurePolicy);
    }

    /** This spec in another slot. */
    public HandlerSpec inSlot(Slot newSlot) {
        return new HandlerSpec(id, handler, subscriptions, stage, newSlot, permissions, failurePolicy);
    }

    /** This spec with exactly these permissions. */
    public HandlerSpec grant(Permission... granted) {
        return new HandlerSpec(id, handler, subscriptions, stage, slot, Set.of(granted), failurePolicy);
    }

    /** This spec failing closed. */
    public HandlerSpec failClosed() {
        return new HandlerSpec(id, handler, subscriptions, stage, slot, permissions, FailurePolicy.FAIL_CLOSED);
    }

    /** This spec failing open. */
    public HandlerSpec failOpen() {
        return new HandlerSpec(id, handler, subscriptions, stage, slot, permissions, FailurePolicy.FAIL_OPEN);
    }
}
