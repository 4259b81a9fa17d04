/**
 * Extensions as products, for hosts: reading and validating manifests ({@code banter.json}) and settings, the
 * file-system catalog, and installing, upgrading and rolling back extensions in rooms.
 *
 * @since 0.2
 */
@NullMarked
package dev.banter.core.extension;

import org.jspecify.annotations.NullMarked;
