package dev.banter.sandbox.graal;

import java.time.Duration;

/** Strike times in a sliding window, as a ring. Used by one instance at a time. */
final class Strikes {

    private final long[] times;
    private final long windowNanos;
    private int next;
    private int count;

    Strikes(int max, Duration window) {
        this.times = new long[max];
        this.windowNanos = window.toNanos();
    }

    /** Records a strike; answers whether the window now holds the maximum. */
    synchronized boolean strike(long now) {
        times[next] = now;
        next = (next + 1) % times.length;
        count = Math.min(count + 1, times.length);
        return inWindow(now) >= times.length;
    }

    synchronized int inWindow(long now) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (now - times[i] <= windowNanos) {
                n++;
            }
        }
        return n;
    }
}
