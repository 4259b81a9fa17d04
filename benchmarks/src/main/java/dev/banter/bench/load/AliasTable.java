package dev.banter.bench.load;

import java.util.SplittableRandom;

/**
 * Picks an index in proportion to fixed weights in constant time (Vose's alias method): one uniform index, then one
 * uniform draw decides between it and its alias. The generator picks a room for every event, and a binary search over
 * 10,000 cumulative weights cost it more than the rest of building the event.
 */
final class AliasTable {

    private final double[] keep;
    private final int[] alias;

    /**
     * @param weights one non-negative weight per index, not all zero
     */
    AliasTable(double[] weights) {
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("weights: need at least one, got none");
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weights[" + i + "]: must be finite and >= 0, was " + weights[i]);
            }
            total += weights[i];
        }
        if (total <= 0) {
            throw new IllegalArgumentException("weights: must not all be 0");
        }
        keep = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smalls = 0;
        int larges = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1) {
                small[smalls++] = i;
            } else {
                large[larges++] = i;
            }
        }
        while (smalls > 0 && larges > 0) {
            int s = small[--smalls];
            int l = large[--larges];
            keep[s] = scaled[s];
            alias[s] = l;
            scaled[l] += scaled[s] - 1;
            if (scaled[l] < 1) {
                small[smalls++] = l;
            } else {
                large[larges++] = l;
            }
        }
        // what is left is 1 up to rounding
        while (larges > 0) {
            int l = large[--larges];
            keep[l] = 1;
            alias[l] = l;
        }
        while (smalls > 0) {
            int s = small[--smalls];
            keep[s] = 1;
            alias[s] = s;
        }
    }

    /** An index, each with probability its weight over the total. */
    int pick(SplittableRandom random) {
        int i = random.nextInt(keep.length);
        return random.nextDouble() < keep[i] ? i : alias[i];
    }
}
