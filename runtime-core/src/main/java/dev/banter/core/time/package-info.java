/**
 * Time sources a host hands to {@link dev.banter.api.BanterRuntime.Builder#timeSource}: {@link
 * dev.banter.core.time.ManualClock}, virtual time that moves only when told to, for tests and the TCK.
 *
 * @since 0.2
 */
@NullMarked
package dev.banter.core.time;

import org.jspecify.annotations.NullMarked;
