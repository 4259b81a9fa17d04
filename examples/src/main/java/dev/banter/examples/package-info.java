/**
 * Example handlers written against the public API — a word filter, a tip counter and a greeter — and
 * {@link dev.banter.examples.DemoRoom}, a small host that runs them in a simulated room.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.examples;

import org.jspecify.annotations.NullMarked;
