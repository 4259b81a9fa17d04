/**
 * The only Java objects guest code ever sees: immutable event views and the host bridge the dialect prelude calls.
 * Every member guest code may use carries {@code @HostAccess.Export}; nothing else is reachable.
 */
@NullMarked
package dev.banter.sandbox.graal.js;

import org.jspecify.annotations.NullMarked;
