package dev.banter.core.internal.actions;

import dev.banter.api.action.Action;
import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import dev.banter.core.internal.chain.Emitted;
import dev.banter.core.internal.metrics.RoomCounters;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one room's actions to the sink in order. Lane-confined: every call, retries included, runs on the room's lane,
 * so order needs no lock. A failed action holds back the ones after it until it succeeds or is given up on.
 */
public final class ActionDispatcher {

    /** The engine's own handling of timer actions, before they go on to the sink. */
    @FunctionalInterface
    public interface TimerActions {
        /** Applies a {@link ScheduleTimer} or {@link CancelTimer}; answers whether it goes on to the sink. */
        boolean apply(String handlerId, Action action);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ActionDispatcher.class);

    private final RoomId room;
    private final ActionSink sink;
    private final RetryPolicy retry;
    /** Runs tasks on the room's lane, in order with its events. */
    private final Executor lane;

    private final ScheduledExecutorService timer;
    private final RoomCounters counters;
    private final TimerActions timers;
    private final ArrayDeque<ActionEnvelope> backlog = new ArrayDeque<>();
    /** Failed attempts of the backlog's head. */
    private int headFailures;

    private boolean retryScheduled;
    private long sequence;
    private Exception lastFailure = new IllegalStateException("no failure yet");

    public ActionDispatcher(
            RoomId room,
            ActionSink sink,
            RetryPolicy retry,
            Executor lane,
            ScheduledExecutorService timer,
            RoomCounters counters,
            TimerActions timers) {
        this.room = room;
        this.timers = timers;
        this.sink = sink;
        this.retry = retry;
        this.lane = lane;
        this.timer = timer;
        this.counters = counters;
    }

    /** Sends the actions emitted for one message, after any held-back ones. */
    public void dispatch(String messageId, List<Emitted> emitted) {
        for (Emitted e : emitted) {
            Action action = e.action();
            if ((action instanceof ScheduleTimer || action instanceof CancelTimer)
                    && !timers.apply(e.handlerId(), action)) {
                continue; // refused by the timer limits: counted and logged there, no sequence number spent
            }
            ActionEnvelope envelope = new ActionEnvelope(room, ++sequence, e.handlerId(), messageId, action);
            if (backlog.isEmpty() && tryDeliver(envelope)) {
                continue; // the common case: no backlog, the sink takes it at once
            }
            backlog.add(envelope);
            if (backlog.size() == 1) {
                headFailures = 1;
                settleHead();
            }
        }
        scheduleRetry();
    }

    /** Whether no action is held back waiting for a retry. */
    public boolean idle() {
        return backlog.isEmpty();
    }

    private boolean tryDeliver(ActionEnvelope envelope) {
        try {
            sink.deliver(envelope);
            counters.actionsDelivered++;
            return true;
        } catch (Exception e) {
            LOG.debug("sink failed on {} #{}", room, envelope.sequence(), e);
            lastFailure = e;
            return false;
        }
    }

    /** After the head's latest failure: count a retry, or give it up and go on with the next ones. */
    private void settleHead() {
        while (!backlog.isEmpty()) {
            if (headFailures < retry.maxAttempts()) {
                counters.actionRetries++;
                return;
            }
            giveUp(backlog.poll());
            headFailures = 0;
            while (!backlog.isEmpty() && tryDeliver(backlog.peek())) {
                backlog.poll();
            }
            if (!backlog.isEmpty()) {
                headFailures = 1;
            }
        }
    }

    private void retry() {
        retryScheduled = false;
        while (!backlog.isEmpty() && tryDeliver(backlog.peek())) {
            backlog.poll();
            headFailures = 0;
        }
        if (!backlog.isEmpty()) {
            headFailures++;
            settleHead();
        }
        scheduleRetry();
    }

    private void scheduleRetry() {
        if (backlog.isEmpty() || retryScheduled) {
            return;
        }
        retryScheduled = true;
        long delay = retry.backoffNanos(Math.max(1, headFailures));
        timer.schedule(() -> lane.execute(this::retry), delay, TimeUnit.NANOSECONDS);
    }

    private void giveUp(ActionEnvelope envelope) {
        counters.actionsUndeliverable++;
        LOG.error(
                "giving up on action #{} ({}) for room {} from handler '{}' after {} attempts",
                envelope.sequence(),
                envelope.action().kind(),
                room,
                envelope.handlerId(),
                retry.maxAttempts(),
                lastFailure);
        try {
            sink.undeliverable(envelope, lastFailure);
        } catch (RuntimeException e) {
            LOG.error("ActionSink.undeliverable threw for room {}", room, e);
        }
    }
}
