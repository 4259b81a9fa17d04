/**
 * The load generator ({@code banter loadtest}): simulated rooms and mega rooms driven open-loop at a target rate,
 * measured end to end with HdrHistogram, written out as a JSON result and a self-contained HTML report. The entry
 * point is {@link dev.banter.bench.load.LoadTest}; the shipped scenarios are in {@link dev.banter.bench.load.Presets}.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.bench.load;

import org.jspecify.annotations.NullMarked;
