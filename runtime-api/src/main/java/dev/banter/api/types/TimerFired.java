package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code timer}: a timer scheduled with {@link dev.banter.api.action.ScheduleTimer} fired.
 *
 * @param label the timer's label
 * @param owner the id of the handler that scheduled it
 * @param firing which firing this is, from 1
 * @since 0.1
 */
public record TimerFired(String label, String owner, long firing) implements Payload {

    public TimerFired {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(owner, "owner");
    }
}
