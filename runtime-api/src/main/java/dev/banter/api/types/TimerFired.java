package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code timer}: a timer scheduled with {@link dev.banter.api.action.ScheduleTimer} fired. The engine
 * delivers it only to the handler that scheduled the timer.
 *
 * @param label the timer's label
 * @param owner the id of the handler that scheduled it
 * @param firing which firing this is, from 1; skipped periods are not counted
 * @param skipped how many periods of a repeating timer were missed just before this firing and skipped rather than
 *     fired late (the engine never fires a burst to catch up); 0 for a one-shot timer
 * @param late whether the firing is late: it became due while the timer could not run (the runtime was down, or the
 *     handler was not installed) and fires now, once, on restore; or periods were skipped before it
 * @since 0.1
 */
public record TimerFired(String label, String owner, long firing, long skipped, boolean late) implements Payload {

    public TimerFired {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(owner, "owner");
    }

    /** A firing on time, with nothing skipped. */
    public TimerFired(String label, String owner, long firing) {
        this(label, owner, firing, 0, false);
    }
}
