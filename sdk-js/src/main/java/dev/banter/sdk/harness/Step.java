package dev.banter.sdk.harness;

import java.time.Duration;
import java.util.Objects;

/**
 * One step of a scenario: an event to send, or virtual time to let pass; each with what is expected afterwards.
 *
 * @since 0.4
 */
public sealed interface Step permits Step.Send, Step.Advance {

    /** What the step expects; {@link Expectation#NONE} checks nothing. */
    Expectation expect();

    /** The 1-based line the step starts on, 0 when it was not read from a file. */
    int line();

    /** A short description for reports. */
    String describe();

    /**
     * Sends one event.
     *
     * @param event the event
     * @param expect what is expected
     * @param line where the step starts
     */
    record Send(SimEvent event, Expectation expect, int line) implements Step {
        public Send {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(expect, "expect");
        }

        @Override
        public String describe() {
            return event.describe();
        }
    }

    /**
     * Moves virtual time forward; timers that fall due fire in order.
     *
     * @param by how far
     * @param expect what is expected
     * @param line where the step starts
     */
    record Advance(Duration by, Expectation expect, int line) implements Step {
        public Advance {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(expect, "expect");
            if (by.isNegative()) {
                throw new IllegalArgumentException("time only moves forward, got " + by);
            }
        }

        @Override
        public String describe() {
            return "advance " + Durations.format(by);
        }
    }
}
