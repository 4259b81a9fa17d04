/** An example host that embeds Banter in a small chat server with its own action sink. */
@NullMarked
package dev.banter.examples.host;

import org.jspecify.annotations.NullMarked;
