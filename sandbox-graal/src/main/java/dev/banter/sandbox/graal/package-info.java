/**
 * The GraalJS sandbox: engines shared per extension version and worker, one context per instance, a watchdog for
 * deadlines and allocation, a heap-pressure guard, and the {@code banter/1} dialect.
 */
@NullMarked
package dev.banter.sandbox.graal;

import org.jspecify.annotations.NullMarked;
