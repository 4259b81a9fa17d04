/**
 * Extensions as products: the manifest ({@code banter.json}) and its settings schema, versions, the catalog SPI with
 * its publication states and platform policy, and the lifecycle of an extension in a room.
 *
 * <p>Everything here is a contract: records that check their own invariants, and interfaces. The engine's
 * implementations (manifest reading, the file-system catalog, the room lifecycle) live in {@code dev.banter.core}.
 *
 * @since 0.2
 */
@NullMarked
package dev.banter.api.extension;

import org.jspecify.annotations.NullMarked;
