/** The processor and the per-task host behind {@link dev.banter.kafka.streams.BanterStreams}; not an API. */
@NullMarked
package dev.banter.kafka.streams.internal;

import org.jspecify.annotations.NullMarked;
