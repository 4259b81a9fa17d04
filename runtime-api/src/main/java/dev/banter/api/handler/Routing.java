package dev.banter.api.handler;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the router found in a message, computed once before any handler runs.
 *
 * <p>Built-in categories:
 *
 * <ul>
 *   <li>{@code command} — the chat body starts with a configured prefix and an ASCII command name; see
 *       {@link #command()}. Look-alike letters from other scripts never make a name.
 *   <li>{@code mention} — the body names a user as {@code @name}; see {@link #mentions()}
 *   <li>{@code link} — the body holds a URL or a bare domain
 *   <li>{@code first-message} — the sender's first chat message in this room since it opened or the broadcast started
 *   <li>{@code caps} — at least the configured number of letters, mostly upper case
 *   <li>{@code tip.tier.N} — a tip of at least the N-th configured threshold (a tier-3 tip is also tier 2 and 1)
 * </ul>
 *
 * <p>Host-defined categories are computed by the predicates the host registered, in registration order.
 *
 * @since 0.1
 */
public interface Routing {

    /** Whether the message is in {@code category}. Unknown category names are never present. */
    boolean has(String category);

    /** Every category the message is in. */
    Set<String> categories();

    /** The command, if the message is one. */
    @Nullable
    Command command();

    /** The user names mentioned as {@code @name}, in order of first appearance, without duplicates. */
    List<String> mentions();

    /** The tip tier: 0 for no tip or one below every threshold, else the number of thresholds the amount reaches. */
    int tipTier();
}
