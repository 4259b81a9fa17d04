/** What the verification classes share: the rules read from SPEC.md, message factories, the sandbox rig. */
@NullMarked
package dev.banter.tck.internal;

import org.jspecify.annotations.NullMarked;
