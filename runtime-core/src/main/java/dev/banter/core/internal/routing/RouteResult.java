package dev.banter.core.internal.routing;

import dev.banter.api.handler.Command;
import dev.banter.api.handler.Routing;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The router's findings for one message: a bit set of categories plus the command, mentions and tip tier.
 *
 * <p>Immutable and safe to hand to any thread. The engine matches subscriptions with {@link #hasBit(int)} or
 * {@link #bits()} against bit indexes from {@link Router#bitOf(String)}; handlers use the {@link Routing} view.
 */
public final class RouteResult implements Routing {

    private static final RouteResult EMPTY = new RouteResult(null, 0L, null, List.of(), 0);

    private final @Nullable Router router; // null only for EMPTY, whose bits are 0 so it never needs names
    private final long bits;
    private final @Nullable Command command;
    private final List<String> mentions;
    private final int tipTier;
    private @Nullable Set<String> categories; // built on first use; a racy rebuild yields an equal immutable set

    RouteResult(@Nullable Router router, long bits, @Nullable Command command, List<String> mentions, int tipTier) {
        this.router = router;
        this.bits = bits;
        this.command = command;
        this.mentions = mentions;
        this.tipTier = tipTier;
    }

    /** The shared result of a message in no category. */
    public static RouteResult empty() {
        return EMPTY;
    }

    /** The categories as a bit set: bit {@code i} is set when the message is in the category of index {@code i}. */
    public long bits() {
        return bits;
    }

    /** Whether the category of index {@code bit} is set; false for indexes outside 0..63. */
    public boolean hasBit(int bit) {
        return bit >= 0 && bit < 64 && (bits & (1L << bit)) != 0;
    }

    @Override
    public boolean has(String category) {
        return bits != 0 && hasBit(router.bitOf(category));
    }

    @Override
    public Set<String> categories() {
        Set<String> result = categories;
        if (result == null) {
            result = bits == 0 ? Set.of() : names();
            categories = result;
        }
        return result;
    }

    @Override
    public @Nullable Command command() {
        return command;
    }

    @Override
    public List<String> mentions() {
        return mentions;
    }

    @Override
    public int tipTier() {
        return tipTier;
    }

    /** This result with more category bits; the command, mentions and tier stay. */
    RouteResult withBits(Router owner, long more) {
        return new RouteResult(owner, bits | more, command, mentions, tipTier);
    }

    @Override
    public String toString() {
        return "RouteResult[categories=" + categories() + ", command=" + command + ", mentions=" + mentions
                + ", tipTier=" + tipTier + "]";
    }

    private Set<String> names() {
        var names = new LinkedHashSet<String>();
        for (long rest = bits; rest != 0; rest &= rest - 1) {
            names.add(router.nameOf(Long.numberOfTrailingZeros(rest)));
        }
        return Collections.unmodifiableSet(names);
    }
}
