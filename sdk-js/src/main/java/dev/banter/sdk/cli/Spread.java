package dev.banter.sdk.cli;

import java.util.Arrays;

/** The values one handler's calls measured, for their mean, 99th percentile and maximum. Not thread-safe. */
final class Spread {

    private long[] values = new long[16];
    private int count;
    private long sum;
    private long max;

    void add(long value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
        sum += value;
        max = Math.max(max, value);
    }

    int count() {
        return count;
    }

    /** The mean, rounded down; 0 with no values. */
    long mean() {
        return count == 0 ? 0 : sum / count;
    }

    /** The nearest-rank 99th percentile: the smallest value that at least 99% of the values are not above. */
    long p99() {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(count * 0.99) - 1];
    }

    long max() {
        return max;
    }
}
