package dev.banter.bench.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The scenarios {@code banter loadtest} ships, by name. Their sizes are the issue's; {@code --scale} shrinks rooms
 * and audiences for a short run on a small machine, and every other option overrides a field.
 *
 * @since 0.1
 */
public final class Presets {

    /** Six extensions of the examples, in the order {@code --sweep extensions=N} takes the first N. */
    public static final List<String> SIX = List.of("w1", "w2", "w3", "w4", "dice", "calm");

    /** The three extensions of an ordinary room: word filter, tip goal, commands. */
    public static final List<String> THREE = List.of("w1", "w3", "w4");

    private static final Map<String, Supplier<Scenario>> PRESETS = new TreeMap<>(Map.of(
            "mega-room", Presets::megaRoom,
            "many-rooms", Presets::manyRooms,
            "tip-storm", Presets::tipStorm,
            "noisy-neighbour", Presets::noisyNeighbour,
            "smoke", Presets::smoke,
            "soak", Presets::soak));

    private Presets() {}

    /** The names of the presets. */
    public static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }

    /**
     * The preset of that name.
     *
     * @throws IllegalArgumentException naming the value and the presets
     */
    public static Scenario named(String name) {
        Supplier<Scenario> preset = PRESETS.get(name);
        if (preset == null) {
            throw new IllegalArgumentException("--scenario: no preset '" + name + "'; there are " + names());
        }
        return preset.get();
    }

    /**
     * One room of 40,000 viewers with six extensions and 1,000 ordinary rooms with three each; the big room has a
     * lane of its own, as a host would give a featured broadcast ({@code --dedicated-lanes 0} shares it).
     */
    static Scenario megaRoom() {
        return new Scenario(
                "mega-room",
                "one room of 40,000 viewers with 6 extensions on a lane of its own,"
                        + " plus 1,000 rooms of 50 viewers with 3 each",
                List.of(RoomGroup.of("mega", 1, 40_000, SIX), RoomGroup.of("room", 1_000, 50, THREE)),
                Mix.defaults(),
                100_000,
                30,
                30,
                0,
                2,
                false,
                false,
                0,
                1);
    }

    /** 10,000 rooms with 1 to 3 extensions each. */
    static Scenario manyRooms() {
        return new Scenario(
                "many-rooms",
                "10,000 rooms of 50 viewers with 1 to 3 extensions each",
                List.of(new RoomGroup("room", 10_000, 50, THREE, 1, true)),
                Mix.defaults(),
                50_000,
                30,
                30,
                0,
                2,
                false,
                false,
                0,
                0);
    }

    /** 20,000 tips in 10 s into one room, every one accounted exactly once. */
    static Scenario tipStorm() {
        return new Scenario(
                "tip-storm",
                "a burst of 20,000 tips in 10 s in one room; every tip must be accounted exactly once",
                List.of(RoomGroup.of("storm", 1, 5_000, List.of("tally", "w3", "tipcounter"))),
                Mix.tipsOnly(),
                2_000,
                10,
                20,
                20_000,
                2,
                true,
                false,
                0,
                0);
    }

    /** Ordinary rooms measured next to one room running a hostile extension, then again without it. */
    static Scenario noisyNeighbour() {
        return new Scenario(
                "noisy-neighbour",
                "100 rooms with 3 extensions measured next to one room running a hostile extension, then without it",
                List.of(
                        RoomGroup.of("room", 100, 50, THREE),
                        new RoomGroup("hostile", 1, 50, List.of("hostile"), 1, false)),
                Mix.defaults(),
                5_000,
                20,
                10,
                0,
                2,
                false,
                true,
                0,
                0);
    }

    /**
     * Half an hour of {@code mega-room} traffic at 48,000 events/s, half the 96,000 outcomes/s that the full-size
     * {@code mega-room} sustained on the development machine, with {@code tally} in every room: the JVM is sampled
     * every minute and every tip must be accounted exactly once.
     */
    static Scenario soak() {
        Scenario mega = megaRoom();
        List<RoomGroup> groups = mega.groups().stream()
                .map(g -> g.withExtensions(Stream.concat(g.extensions().stream(), Stream.of("tally"))
                        .toList()))
                .toList();
        return new Scenario(
                "soak",
                "30 minutes of mega-room traffic at half its measured capacity, tally in every room; heap, threads,"
                        + " open files and tips checked",
                groups,
                mega.mix(),
                48_000,
                1_800,
                120,
                0,
                2,
                true,
                false,
                60,
                0);
    }

    /** A few seconds at a low rate, for the build's smoke test and a first try. */
    static Scenario smoke() {
        return new Scenario(
                "smoke",
                "a few rooms for a few seconds at a low rate, tips counted exactly once",
                List.of(
                        RoomGroup.of("mega", 1, 200, List.of("tally", "w1", "calm", "wordfilter")),
                        RoomGroup.of("room", 3, 20, List.of("tally", "w3", "dice", "welcome"))),
                Mix.parse("chat=60,command=10,tip=15,enter=6,leave=6,follow=3", Mix.DEFAULT_TIPS),
                150,
                3,
                1,
                0,
                2,
                true,
                false,
                0,
                0);
    }

    /**
     * Shrinks (or grows) every group's rooms and audience by {@code factor}, keeping at least one room and ten
     * viewers; the rate is left to {@code --rate}.
     *
     * @throws IllegalArgumentException if the factor is not in (0, 10]
     */
    public static Scenario scaled(Scenario scenario, double factor) {
        if (!(factor > 0) || factor > 10) {
            throw new IllegalArgumentException("--scale: expected 0 < factor <= 10, got " + factor);
        }
        if (factor == 1) {
            return scenario;
        }
        return scenario.mapGroups(
                "*",
                g -> g.withRooms(Math.max(1, (int) Math.round(g.rooms() * factor)))
                        .withViewers(Math.max(Math.min(10, g.viewers()), (int) Math.round(g.viewers() * factor))));
    }
}
