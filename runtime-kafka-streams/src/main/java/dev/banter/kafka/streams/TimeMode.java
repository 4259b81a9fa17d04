package dev.banter.kafka.streams;

/**
 * Which time a task's Banter host runs on: timers, {@code ctx.now()} and the punctuator that fires due timers.
 *
 * @since 0.3
 */
public enum TimeMode {
    /**
     * The host's wall clock (Kafka Streams' system time): timers fire in idle rooms too, at most one punctuation
     * interval late. The default, because chat timers ("every 5 minutes") mean real minutes.
     */
    WALL_CLOCK,
    /**
     * Stream time, the largest record timestamp the task has seen: deterministic, so a replay fires the same timers
     * at the same instants, but a partition without records does not move its time and fires nothing.
     */
    STREAM_TIME
}
