package dev.banter.bench.load;

import java.util.SplittableRandom;

/**
 * Who is in one simulated room: viewer numbers {@code 0..size-1}, of which the first {@link #active()} of a shuffled
 * order are present. Enter and leave swap a viewer across that boundary in O(1). Used by the generator thread only.
 */
final class Audience {

    private final int[] order;
    private int active;

    Audience(int size, int present) {
        if (present < 0 || present > size) {
            throw new IllegalArgumentException("present must be 0.." + size + ", was " + present);
        }
        order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        active = present;
    }

    int size() {
        return order.length;
    }

    int active() {
        return active;
    }

    /** A viewer who is present, or -1 if nobody is. */
    int anyPresent(SplittableRandom random) {
        return active == 0 ? -1 : order[random.nextInt(active)];
    }

    /** Brings in a viewer who was away and returns them; when everyone is present, one of them enters again. */
    int enter(SplittableRandom random) {
        if (active == order.length) {
            return order[random.nextInt(active)];
        }
        swap(active + random.nextInt(order.length - active), active);
        return order[active++];
    }

    /** Sends a present viewer away and returns them, or -1 if nobody is present. */
    int leave(SplittableRandom random) {
        if (active == 0) {
            return -1;
        }
        swap(random.nextInt(active), active - 1);
        return order[--active];
    }

    private void swap(int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}
