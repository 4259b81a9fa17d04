package dev.banter.bench.load;

import java.util.List;

/**
 * Rooms alike: how many, how many viewers each, which extensions. Room {@code i} of the group is named
 * {@code <name>-<i>} and installs the first {@code fewest + i % (extensions.size() - fewest + 1)} extensions of the
 * list, so a group can mix rooms of 1, 2 and 3 extensions. Its share of the traffic is its active viewers'.
 *
 * @param name the prefix of the room ids
 * @param rooms how many rooms, at least 1
 * @param viewers the audience of each room, at least 1; {@link #ACTIVE_SHARE} of them are in the room at the start
 * @param extensions extension names as {@link ExtensionKit} knows them, in install order
 * @param fewest the fewest extensions a room installs, 0..extensions.size()
 * @param measured whether its latencies count (false for the hostile room of {@code noisy-neighbour})
 * @since 0.1
 */
public record RoomGroup(String name, int rooms, int viewers, List<String> extensions, int fewest, boolean measured) {

    /** The share of a room's audience present when the run starts; enter and leave churn keeps it about there. */
    public static final double ACTIVE_SHARE = 0.8;

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException naming the field and the value
     */
    public RoomGroup {
        extensions = List.copyOf(extensions);
        if (!name.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("group name: expected [a-z][a-z0-9]*, got '" + name + "'");
        }
        if (rooms < 1 || rooms > 1_000_000) {
            throw new IllegalArgumentException(name + ".rooms: expected 1..1000000, got " + rooms);
        }
        if (viewers < 1 || viewers > 10_000_000) {
            throw new IllegalArgumentException(name + ".viewers: expected 1..10000000, got " + viewers);
        }
        if (fewest < 0 || fewest > extensions.size()) {
            throw new IllegalArgumentException(
                    name + ".fewest: expected 0.." + extensions.size() + " extensions, got " + fewest);
        }
    }

    /** A measured group whose rooms all install every extension of the list. */
    public static RoomGroup of(String name, int rooms, int viewers, List<String> extensions) {
        return new RoomGroup(name, rooms, viewers, extensions, extensions.size(), true);
    }

    /** The extensions room {@code index} of the group installs. */
    public List<String> extensionsOf(int index) {
        int spread = extensions.size() - fewest + 1;
        return extensions.subList(0, fewest + index % spread);
    }

    /** The number of extension instances the group holds. */
    public long instances() {
        long n = 0;
        for (int i = 0; i < rooms; i++) {
            n += extensionsOf(i).size();
        }
        return n;
    }

    /** A copy with another room count. */
    public RoomGroup withRooms(int newRooms) {
        return new RoomGroup(name, newRooms, viewers, extensions, fewest, measured);
    }

    /** A copy with another audience per room. */
    public RoomGroup withViewers(int newViewers) {
        return new RoomGroup(name, rooms, newViewers, extensions, fewest, measured);
    }

    /** A copy where every room installs exactly these extensions. */
    public RoomGroup withExtensions(List<String> newExtensions) {
        return new RoomGroup(name, rooms, viewers, newExtensions, newExtensions.size(), measured);
    }
}
