/**
 * The {@code banter tck} command: a plugin of the SDK's command line that runs {@link
 * dev.banter.tck.ExtensionVerification} for an extension directory and reports by rule.
 */
@NullMarked
package dev.banter.tck.cli;

import org.jspecify.annotations.NullMarked;
