/** The portal's server: routes, guard, workspace, checks, test rooms, versions and the declaration index. */
@NullMarked
package dev.banter.portal.internal;

import org.jspecify.annotations.NullMarked;
