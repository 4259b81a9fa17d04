/**
 * Every example extension under {@code examples/extensions/} checked by the TCK's {@link
 * dev.banter.tck.ExtensionVerification}: manifest, load, a seeded event stream, reproducibility and its scenario files
 * (rule 14.6, which is where the build runs the examples' scenarios). One small class per extension, as an author
 * would write it.
 */
@NullMarked
package dev.banter.examples.tck;

import org.jspecify.annotations.NullMarked;
