/**
 * Read-only snapshots of the runtime's counters and latency histograms.
 *
 * <p>Every type here is non-null unless marked {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.api.metrics;

import org.jspecify.annotations.NullMarked;
