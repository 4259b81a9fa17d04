/**
 * The developer portal: {@link dev.banter.portal.Portal}, its {@code banter portal} command and plugin.
 *
 * @since 0.4
 */
@NullMarked
package dev.banter.portal;

import org.jspecify.annotations.NullMarked;
