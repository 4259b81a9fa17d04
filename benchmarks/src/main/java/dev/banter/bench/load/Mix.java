package dev.banter.bench.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The share of each {@link EventKind} in the traffic and the distribution of tip sizes. A room's events arrive at a
 * rate proportional to its active viewers, so the chat rate per active viewer is the target rate times the chat
 * share divided by the active viewers of all rooms (the result records it).
 *
 * @param weights one relative weight per {@link EventKind}, by ordinal; at least one positive
 * @param tipAmounts tip sizes in tokens, ascending
 * @param tipWeights the relative weight of each tip size
 * @since 0.1
 */
public record Mix(double[] weights, long[] tipAmounts, double[] tipWeights) {

    /** 80% chat, 4% commands, 2% tips, 6% enters, 6% leaves, 2% follows. */
    public static final String DEFAULT_SPEC = "chat=80,command=4,tip=2,enter=6,leave=6,follow=2";

    /** Many small tips and a few large ones: 1 to 1,000 tokens. */
    public static final String DEFAULT_TIPS = "1:30,5:20,10:15,25:15,50:8,100:7,500:4,1000:1";

    /**
     * Checks the weights.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public Mix {
        weights = weights.clone();
        tipAmounts = tipAmounts.clone();
        tipWeights = tipWeights.clone();
        if (weights.length != EventKind.count()) {
            throw new IllegalArgumentException(
                    "mix: expected " + EventKind.count() + " weights, got " + weights.length);
        }
        for (int i = 0; i < weights.length; i++) {
            requireWeight("mix." + EventKind.of(i).wireName(), weights[i]);
        }
        if (Arrays.stream(weights).sum() <= 0) {
            throw new IllegalArgumentException(
                    "mix: at least one weight must be positive, got " + Arrays.toString(weights));
        }
        if (tipAmounts.length == 0 || tipAmounts.length != tipWeights.length) {
            throw new IllegalArgumentException("tip-sizes: expected as many weights as sizes, at least one, got "
                    + tipAmounts.length + " sizes and " + tipWeights.length + " weights");
        }
        for (int i = 0; i < tipAmounts.length; i++) {
            if (tipAmounts[i] < 1 || tipAmounts[i] > 1_000_000) {
                throw new IllegalArgumentException(
                        "tip-sizes[" + i + "]: expected a size of 1..1000000 tokens, got " + tipAmounts[i]);
            }
            requireWeight("tip-sizes[" + i + "]", tipWeights[i]);
        }
        if (Arrays.stream(tipWeights).sum() <= 0) {
            throw new IllegalArgumentException("tip-sizes: at least one weight must be positive");
        }
    }

    /** The default mix and tip sizes. */
    public static Mix defaults() {
        return parse(DEFAULT_SPEC, DEFAULT_TIPS);
    }

    /** Tips only, with the default sizes. */
    public static Mix tipsOnly() {
        return parse("tip=1", DEFAULT_TIPS);
    }

    /**
     * Reads {@code kind=weight,...} (kinds left out weigh 0) and {@code amount:weight,...}.
     *
     * @throws IllegalArgumentException naming the bad entry and its value
     */
    public static Mix parse(String mix, String tipSizes) {
        double[] weights = new double[EventKind.count()];
        for (String entry : entries("mix", mix)) {
            String[] kv = pair("mix", entry, '=');
            EventKind kind = EventKind.parse(kv[0]);
            weights[kind.ordinal()] = number("mix." + kv[0], kv[1]);
        }
        String[] tips = entries("tip-sizes", tipSizes);
        long[] amounts = new long[tips.length];
        double[] tipWeights = new double[tips.length];
        for (int i = 0; i < tips.length; i++) {
            String[] kv = pair("tip-sizes", tips[i], ':');
            try {
                amounts[i] = Long.parseLong(kv[0]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "tip-sizes[" + i + "]: expected a whole number of tokens, got '" + kv[0] + "'");
            }
            tipWeights[i] = number("tip-sizes[" + i + "]", kv[1]);
        }
        return new Mix(weights, amounts, tipWeights);
    }

    /** The share of each kind, by wire name, summing to 1. */
    public Map<String, Double> shares() {
        double sum = Arrays.stream(weights).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            shares.put(EventKind.of(i).wireName(), weights[i] / sum);
        }
        return shares;
    }

    /** The mean tip size in tokens. */
    public double meanTip() {
        double sum = Arrays.stream(tipWeights).sum();
        double mean = 0;
        for (int i = 0; i < tipAmounts.length; i++) {
            mean += tipAmounts[i] * tipWeights[i] / sum;
        }
        return mean;
    }

    /** A sampler over this mix; not thread-safe. */
    Sampler sampler(SplittableRandom random) {
        return new Sampler(random, cumulative(weights), cumulative(tipWeights), tipAmounts);
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double sum = Arrays.stream(w).sum();
        double run = 0;
        for (int i = 0; i < w.length; i++) {
            run += w[i] / sum;
            c[i] = run;
        }
        // rounding must not leave a sliver above the last positive weight, nor hand it to a kind of weight 0
        for (int i = w.length - 1; i >= 0; i--) {
            c[i] = 1.0;
            if (w[i] > 0) {
                break;
            }
        }
        return c;
    }

    private static String[] entries(String what, String spec) {
        if (spec.isBlank()) {
            throw new IllegalArgumentException(what + ": expected at least one entry, got '" + spec + "'");
        }
        return spec.strip().split("\\s*,\\s*");
    }

    private static String[] pair(String what, String entry, char sep) {
        int at = entry.indexOf(sep);
        if (at <= 0 || at == entry.length() - 1) {
            throw new IllegalArgumentException(
                    what + ": expected an entry like 'x" + sep + "weight', got '" + entry + "'");
        }
        return new String[] {
            entry.substring(0, at).strip(), entry.substring(at + 1).strip()
        };
    }

    private static double number(String field, String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": expected a number, got '" + text + "'");
        }
        requireWeight(field, v);
        return v;
    }

    private static void requireWeight(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + ": expected a weight >= 0, got " + v);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mix m
                && Arrays.equals(weights, m.weights)
                && Arrays.equals(tipAmounts, m.tipAmounts)
                && Arrays.equals(tipWeights, m.tipWeights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Arrays.hashCode(tipAmounts);
    }

    @Override
    public String toString() {
        return "Mix" + shares() + " tips " + Arrays.toString(tipAmounts) + " x " + Arrays.toString(tipWeights);
    }

    /** Draws kinds and tip sizes from a mix. */
    static final class Sampler {
        private final SplittableRandom random;
        private final double[] kinds;
        private final double[] tips;
        private final long[] amounts;

        private Sampler(SplittableRandom random, double[] kinds, double[] tips, long[] amounts) {
            this.random = random;
            this.kinds = kinds;
            this.tips = tips;
            this.amounts = amounts;
        }

        EventKind kind() {
            return EventKind.of(pick(kinds, random.nextDouble()));
        }

        long tipAmount() {
            return amounts[pick(tips, random.nextDouble())];
        }

        private static int pick(double[] cumulative, double u) {
            for (int i = 0; i < cumulative.length; i++) {
                if (u < cumulative[i]) {
                    return i;
                }
            }
            return cumulative.length - 1;
        }
    }
}
