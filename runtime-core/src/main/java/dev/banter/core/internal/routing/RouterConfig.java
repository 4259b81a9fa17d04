package dev.banter.core.internal.routing;

import dev.banter.api.handler.CategoryPredicate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the {@link Router} looks for: command prefixes, tip tiers, the caps rule and the host's own categories.
 *
 * <p>Immutable; every value is checked when the config is made, and a bad one fails with an
 * {@link IllegalArgumentException} naming the field and the value.
 *
 * @param commandPrefixes the prefixes that introduce a command, each 1..3 chars with no whitespace, letters, digits,
 *     control chars or surrogates, without duplicates; an empty list disables commands
 * @param tipThresholds the tip amounts at which tiers 1..N start, positive and strictly ascending; may be empty
 * @param capsMinLetters the fewest letters a body needs to be {@code caps}, at least 1
 * @param capsRatio the least share of upper-case letters for {@code caps}, in (0, 1]
 * @param hostCategories the host's categories in evaluation order, by name; names are dotted lower case
 *     ({@code [a-z][a-z0-9-]*(\.[a-z0-9-]+)*}) and must not be a built-in name or start with {@code tip.tier.}
 */
public record RouterConfig(
        List<String> commandPrefixes,
        List<Long> tipThresholds,
        int capsMinLetters,
        double capsRatio,
        Map<String, CategoryPredicate> hostCategories) {

    private static final Pattern CATEGORY_NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

    /**
     * Validates and freezes the config.
     *
     * @throws IllegalArgumentException if a value is out of range; the message names the field and the value
     */
    public RouterConfig {
        commandPrefixes = List.copyOf(commandPrefixes);
        tipThresholds = List.copyOf(tipThresholds);
        Objects.requireNonNull(hostCategories, "hostCategories");
        var seenPrefixes = new HashSet<String>();
        for (String prefix : commandPrefixes) {
            if (!validPrefix(prefix)) {
                throw new IllegalArgumentException("commandPrefixes: a prefix must be 1..3 chars with no whitespace,"
                        + " letters or digits: '" + prefix + "'");
            }
            if (!seenPrefixes.add(prefix)) {
                throw new IllegalArgumentException("commandPrefixes: duplicate prefix '" + prefix + "'");
            }
        }
        long previous = 0;
        for (long threshold : tipThresholds) {
            if (threshold <= previous) {
                throw new IllegalArgumentException("tipThresholds: thresholds must be positive and strictly ascending,"
                        + " but " + threshold + " follows " + previous + " in " + tipThresholds);
            }
            previous = threshold;
        }
        if (capsMinLetters < 1) {
            throw new IllegalArgumentException("capsMinLetters: must be at least 1, was " + capsMinLetters);
        }
        if (!(capsRatio > 0 && capsRatio <= 1)) { // also rejects NaN
            throw new IllegalArgumentException("capsRatio: must be in (0, 1], was " + capsRatio);
        }
        var hosts = new LinkedHashMap<String, CategoryPredicate>();
        hostCategories.forEach((name, predicate) -> {
            if (name == null || !CATEGORY_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "hostCategories: name must match [a-z][a-z0-9-]*(\\.[a-z0-9-]+)*: '" + name + "'");
            }
            if (Router.BUILT_IN.contains(name) || name.startsWith(Router.TIP_TIER_PREFIX)) {
                throw new IllegalArgumentException("hostCategories: '" + name + "' is a built-in category name");
            }
            hosts.put(name, Objects.requireNonNull(predicate, () -> "hostCategories: predicate of '" + name + "'"));
        });
        hostCategories = Collections.unmodifiableMap(hosts); // keeps registration order, unlike Map.copyOf
    }

    /** Prefixes {@code !} and {@code /}, tiers at 100, 500 and 1000, caps at 8 letters and 70 %, no host categories. */
    public static RouterConfig defaults() {
        return new RouterConfig(List.of("!", "/"), List.of(100L, 500L, 1000L), 8, 0.7, Map.of());
    }

    /** This config with other command prefixes. */
    public RouterConfig withCommandPrefixes(String... prefixes) {
        return new RouterConfig(List.of(prefixes), tipThresholds, capsMinLetters, capsRatio, hostCategories);
    }

    /** This config with other tip thresholds. */
    public RouterConfig withTipThresholds(long... thresholds) {
        var list = new ArrayList<Long>(thresholds.length);
        for (long t : thresholds) {
            list.add(t);
        }
        return new RouterConfig(commandPrefixes, list, capsMinLetters, capsRatio, hostCategories);
    }

    /** This config with another caps rule. */
    public RouterConfig withCaps(int minLetters, double ratio) {
        return new RouterConfig(commandPrefixes, tipThresholds, minLetters, ratio, hostCategories);
    }

    /**
     * This config with one more host category, evaluated after those already there.
     *
     * @throws IllegalArgumentException if the name is invalid, built-in or already present
     */
    public RouterConfig withHostCategory(String name, CategoryPredicate predicate) {
        if (hostCategories.containsKey(name)) {
            throw new IllegalArgumentException("hostCategories: duplicate category '" + name + "'");
        }
        var hosts = new LinkedHashMap<>(hostCategories);
        hosts.put(name, predicate);
        return new RouterConfig(commandPrefixes, tipThresholds, capsMinLetters, capsRatio, hosts);
    }

    private static boolean validPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.length() > 3) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (Router.isSpace(c)
                    || Character.isLetterOrDigit(c)
                    || Character.isISOControl(c)
                    || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
