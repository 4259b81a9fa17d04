/**
 * JMH benchmarks: {@link dev.banter.benchmarks.ChainBenchmark} compares a handler chain run through the engine with
 * the same handlers called directly.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.benchmarks;

import org.jspecify.annotations.NullMarked;
