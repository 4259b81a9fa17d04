package dev.banter.examples;

import dev.banter.api.action.Permission;
import dev.banter.api.action.SetSubject;
import dev.banter.api.handler.Handler;
import dev.banter.api.handler.HandlerContext;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.Tip;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Observes tips: keeps each room's total and top tipper, thanks every tipper with a notice to everyone, and once a
 * room's total reaches the goal, changes the room subject and announces it.
 *
 * <p>One instance serves many rooms on different lanes; a room's tally is only ever touched by its own lane, one tip at
 * a time, so only the map of rooms needs to be concurrent. {@link #total} and {@link #topTipper} may be read from any
 * thread. Anonymous tips count towards the total but never make a top tipper.
 *
 * @since 0.1
 */
public final class TipCounter implements Handler {

    /** The handler id {@link #spec} uses. */
    public static final String ID = "tipcounter";

    private final long goal;
    private final Map<RoomId, Tally> rooms = new ConcurrentHashMap<>();

    /**
     * A counter with a goal in tokens.
     *
     * @throws IllegalArgumentException if the goal is not positive
     */
    public TipCounter(long goal) {
        if (goal < 1) {
            throw new IllegalArgumentException("tip goal must be at least 1 token, was " + goal);
        }
        this.goal = goal;
    }

    /** A spec for {@code counter}: observes {@code tip}, may send notices and set the subject. */
    public static HandlerSpec spec(TipCounter counter) {
        return HandlerSpec.of(ID, counter)
                .on(Subscription.to(BuiltinTypes.TIP.name()))
                .observe()
                .grant(Permission.NOTICE, Permission.SUBJECT);
    }

    /** The goal in tokens. */
    public long goal() {
        return goal;
    }

    /** The tokens tipped in {@code room} so far; 0 for a room never tipped. */
    public long total(RoomId room) {
        Tally tally = rooms.get(room);
        return tally == null ? 0 : tally.total;
    }

    /** The user who has tipped most in {@code room}, if anyone has tipped openly. */
    public Optional<String> topTipper(RoomId room) {
        Tally tally = rooms.get(room);
        return tally == null ? Optional.empty() : Optional.ofNullable(tally.top);
    }

    @Override
    public Verdict handle(Message message, HandlerContext context) {
        Tip tip = message.payload(BuiltinTypes.TIP);
        Tally tally = rooms.computeIfAbsent(context.room(), r -> new Tally());
        String tipper = tip.anonymous() ? "anonymous" : message.sender().name();
        tally.add(tip.anonymous() ? null : tipper, tip.amount());
        context.notice("thanks " + tipper + " for " + tip.amount() + " tokens");
        if (!tally.goalReached && tally.total >= goal) {
            tally.goalReached = true;
            String top = tally.top == null ? "" : " Top tipper: " + tally.top + " (" + tally.topAmount + ").";
            context.emit(new SetSubject("Goal reached: " + tally.total + " of " + goal + " tokens!" + top));
            context.notice("goal of " + goal + " tokens reached, thank you all!" + top);
        }
        return Verdict.pass();
    }

    /** One room's tips. Written by the room's lane only; {@code total} and {@code top} are read from anywhere. */
    private static final class Tally {
        private final Map<String, Long> byUser = new HashMap<>();
        private volatile long total;
        private volatile @Nullable String top;
        private long topAmount;
        private boolean goalReached;

        void add(@Nullable String user, long amount) {
            total += amount;
            if (user != null) {
                long sum = byUser.merge(user, amount, Long::sum);
                if (sum > topAmount) {
                    topAmount = sum;
                    top = user;
                }
            }
        }
    }
}
