/**
 * Banter on Kafka Streams: rooms as record keys, one small Banter host per stream task, extension state and timers in
 * the task's changelogged key-value store, outcomes and actions produced exactly once.
 *
 * @since 0.3
 */
@NullMarked
package dev.banter.kafka.streams;

import org.jspecify.annotations.NullMarked;
