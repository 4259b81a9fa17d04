package dev.banter.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * A scaling sweep, {@code --sweep parameter=values}: the same scenario once per value, each on a fresh runtime.
 * Values are a comma-separated list of whole numbers and ranges {@code a..b}: {@code workers=1,2},
 * {@code rooms=10,100,1000,10000}, {@code extensions=0..6}.
 *
 * <ul>
 *   <li>{@code workers}: the runtime's lanes;
 *   <li>{@code rooms}: the rooms of the group {@code room} (or of the first group);
 *   <li>{@code extensions}: every measured group installs the first N of {@link Presets#SIX};
 *   <li>{@code viewers}: the audience of the group {@code mega} (or of the first group);
 *   <li>{@code rate}: the target rate.
 * </ul>
 *
 * Sweeps over rooms and extensions also give memory against instances: each point records the heap after set-up.
 *
 * @param parameter one of {@link #PARAMETERS}
 * @param values at least one
 * @since 0.1
 */
public record Sweep(String parameter, List<Long> values) {

    /** The parameters a sweep can vary. */
    public static final List<String> PARAMETERS = List.of("workers", "rooms", "extensions", "viewers", "rate");

    /**
     * Checks the parameter and values.
     *
     * @throws IllegalArgumentException naming the bad part
     */
    public Sweep {
        values = List.copyOf(values);
        if (!PARAMETERS.contains(parameter)) {
            throw new IllegalArgumentException(
                    "--sweep: unknown parameter '" + parameter + "', expected one of " + PARAMETERS);
        }
        if (values.isEmpty() || values.size() > 64) {
            throw new IllegalArgumentException(
                    "--sweep " + parameter + ": expected 1..64 values, got " + values.size());
        }
        long max = switch (parameter) {
            case "workers" -> 1024;
            case "extensions" -> Presets.SIX.size();
            case "rooms" -> 1_000_000;
            default -> 10_000_000;
        };
        long min = parameter.equals("extensions") ? 0 : 1;
        for (long v : values) {
            if (v < min || v > max) {
                throw new IllegalArgumentException(
                        "--sweep " + parameter + ": expected values " + min + ".." + max + ", got " + v);
            }
        }
    }

    /**
     * Reads {@code parameter=v1,v2,a..b}.
     *
     * @throws IllegalArgumentException naming the bad part and its text
     */
    public static Sweep parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(
                    "--sweep: expected parameter=values such as workers=1,2, got '" + spec + "'");
        }
        String parameter = spec.substring(0, eq).strip();
        List<Long> values = new ArrayList<>();
        for (String part : spec.substring(eq + 1).split(",", -1)) {
            String p = part.strip();
            int dots = p.indexOf("..");
            if (dots >= 0) {
                long a = number(parameter, p.substring(0, dots));
                long b = number(parameter, p.substring(dots + 2));
                if (b < a || b - a > 64) {
                    throw new IllegalArgumentException("--sweep " + parameter
                            + ": expected a range a..b with a <= b, at most 64 apart, got '" + p + "'");
                }
                for (long v = a; v <= b; v++) {
                    values.add(v);
                }
            } else {
                values.add(number(parameter, p));
            }
        }
        return new Sweep(parameter, values);
    }

    /** The scenario with this sweep's parameter set to {@code value}. */
    public Scenario apply(Scenario s, long value) {
        return switch (parameter) {
            case "workers" -> s.withWorkers((int) value);
            case "rooms" -> s.mapGroups(groupOr(s, "room"), g -> g.withRooms((int) value));
            case "viewers" -> s.mapGroups(groupOr(s, "mega"), g -> g.withViewers((int) value));
            case "extensions" ->
                s.withGroups(s.groups().stream()
                        .map(g -> g.measured() ? g.withExtensions(Presets.SIX.subList(0, (int) value)) : g)
                        .toList());
            default -> s.withRate(value);
        };
    }

    private static String groupOr(Scenario s, String name) {
        return s.groups().stream().anyMatch(g -> g.name().equals(name))
                ? name
                : s.groups().getFirst().name();
    }

    private static long number(String parameter, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--sweep " + parameter + ": expected a whole number, got '" + text.strip() + "'");
        }
    }
}
