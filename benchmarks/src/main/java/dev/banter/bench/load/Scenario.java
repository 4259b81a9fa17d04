package dev.banter.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One load run's set-up and traffic: the rooms, the mix, the open-loop rate and how long to warm up and measure.
 * Immutable; the {@code with...} methods return changed copies, which is how command-line options and sweeps
 * override a preset.
 *
 * @param name the preset's name, or a name of the user's
 * @param description one line for the report
 * @param groups the rooms, at least one group
 * @param mix the kinds of event and tip sizes
 * @param rate the target arrival rate in events per second (Poisson), over all rooms
 * @param seconds how long the measured phase lasts
 * @param warmupSeconds how long the same traffic runs, unmeasured, before it (JIT and contexts warming up)
 * @param events if positive, the measured phase ends after this many events even before {@code seconds}
 * @param workers the runtime's lanes
 * @param checkTips whether to verify that every tip was accounted exactly once (needs a {@code tally} extension)
 * @param compareWithoutHostile whether to run again without the unmeasured groups and report the p99 ratio
 * @param soakSampleSeconds if positive, the measured phase is a soak: the JVM is sampled this often (heap after a
 *     full collection, threads, open files) and the trends are checked
 * @param dedicatedLanes how many of the rooms with the largest audience get a lane of their own
 *     ({@code BanterRuntime.Builder.dedicatedLanes}); at most {@code workers - 1} of them do
 * @since 0.1
 */
public record Scenario(
        String name,
        String description,
        List<RoomGroup> groups,
        Mix mix,
        double rate,
        double seconds,
        double warmupSeconds,
        long events,
        int workers,
        boolean checkTips,
        boolean compareWithoutHostile,
        double soakSampleSeconds,
        int dedicatedLanes) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException naming the field and the value
     */
    public Scenario {
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + ": expected at least one room group");
        }
        if (!(rate > 0) || rate > 10_000_000) {
            throw new IllegalArgumentException("--rate: expected 0 < events/s <= 10000000, got " + rate);
        }
        if (!(seconds > 0) || seconds > 86_400) {
            throw new IllegalArgumentException("--duration: expected 0 < seconds <= 86400, got " + seconds);
        }
        if (!(warmupSeconds >= 0) || warmupSeconds > 86_400) {
            throw new IllegalArgumentException("--warmup: expected 0 <= seconds <= 86400, got " + warmupSeconds);
        }
        if (events < 0) {
            throw new IllegalArgumentException("--events: expected 0 (no limit) or more, got " + events);
        }
        if (workers < 1 || workers > 1024) {
            throw new IllegalArgumentException("--workers: expected 1..1024, got " + workers);
        }
        if (dedicatedLanes < 0 || dedicatedLanes > 1023) {
            throw new IllegalArgumentException("--dedicated-lanes: expected 0..1023 rooms, got " + dedicatedLanes);
        }
        if (!(soakSampleSeconds >= 0) || soakSampleSeconds > 3_600) {
            throw new IllegalArgumentException(
                    "--soak-sample: expected 0 (no soak) to 3600 seconds, got " + soakSampleSeconds);
        }
    }

    /** The number of rooms over all groups. */
    public int rooms() {
        return groups.stream().mapToInt(RoomGroup::rooms).sum();
    }

    /** The number of extension instances over all groups. */
    public long instances() {
        return groups.stream().mapToLong(RoomGroup::instances).sum();
    }

    /** Viewers present at the start over all rooms, which set each room's share of the traffic. */
    public double activeViewers() {
        return groups.stream()
                .mapToDouble(g -> (double) g.rooms() * Math.max(1, Math.round(g.viewers() * RoomGroup.ACTIVE_SHARE)))
                .sum();
    }

    /** A copy at another target rate. */
    public Scenario withRate(double newRate) {
        return copy(b -> b.rate = newRate);
    }

    /** A copy whose measured phase lasts {@code newSeconds}. */
    public Scenario withSeconds(double newSeconds) {
        return copy(b -> b.seconds = newSeconds);
    }

    /** A copy with another warm-up. */
    public Scenario withWarmup(double newWarmup) {
        return copy(b -> b.warmupSeconds = newWarmup);
    }

    /** A copy whose measured phase ends after {@code newEvents} events (0: by time). */
    public Scenario withEvents(long newEvents) {
        return copy(b -> b.events = newEvents);
    }

    /** A copy with another number of lanes. */
    public Scenario withWorkers(int newWorkers) {
        return copy(b -> b.workers = newWorkers);
    }

    /** A copy where the {@code rooms} rooms with the largest audience get a lane of their own. */
    public Scenario withDedicatedLanes(int rooms) {
        return copy(b -> b.dedicatedLanes = rooms);
    }

    /**
     * The rooms that get a lane of their own: the {@link #dedicatedLanes} (at most {@code workers - 1}) with the
     * most viewers, the first of equals first, as ids {@code <group>-<index>}.
     */
    public List<String> dedicatedRooms() {
        int n = Math.min(dedicatedLanes, workers - 1);
        List<String> rooms = new ArrayList<>();
        List<RoomGroup> byAudience = new ArrayList<>(groups);
        byAudience.sort((a, b) -> Integer.compare(b.viewers(), a.viewers()));
        for (RoomGroup g : byAudience) {
            for (int i = 0; i < g.rooms() && rooms.size() < n; i++) {
                rooms.add(g.name() + "-" + i);
            }
        }
        return rooms;
    }

    /** A copy that samples the JVM every {@code seconds} during the measured phase (0: not a soak). */
    public Scenario withSoakSample(double seconds) {
        return copy(b -> b.soakSampleSeconds = seconds);
    }

    /** A copy with another mix. */
    public Scenario withMix(Mix newMix) {
        return copy(b -> b.mix = newMix);
    }

    /** A copy with other room groups. */
    public Scenario withGroups(List<RoomGroup> newGroups) {
        return copy(b -> b.groups = newGroups);
    }

    private Scenario copy(Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return new Scenario(
                name,
                description,
                f.groups,
                f.mix,
                f.rate,
                f.seconds,
                f.warmupSeconds,
                f.events,
                f.workers,
                checkTips,
                compareWithoutHostile,
                f.soakSampleSeconds,
                f.dedicatedLanes);
    }

    /** The fields a copy may change, filled from a scenario. */
    private static final class Fields {
        List<RoomGroup> groups;
        Mix mix;
        double rate;
        double seconds;
        double warmupSeconds;
        long events;
        int workers;
        double soakSampleSeconds;
        int dedicatedLanes;

        Fields(Scenario s) {
            groups = s.groups;
            mix = s.mix;
            rate = s.rate;
            seconds = s.seconds;
            warmupSeconds = s.warmupSeconds;
            events = s.events;
            workers = s.workers;
            soakSampleSeconds = s.soakSampleSeconds;
            dedicatedLanes = s.dedicatedLanes;
        }
    }

    /** A copy with {@code change} applied to the groups of that name (or to every group, for {@code *}). */
    public Scenario mapGroups(String groupName, UnaryOperator<RoomGroup> change) {
        List<RoomGroup> changed = new ArrayList<>();
        boolean any = false;
        for (RoomGroup g : groups) {
            boolean match = groupName.equals("*") || g.name().equals(groupName);
            any |= match;
            changed.add(match ? change.apply(g) : g);
        }
        if (!any) {
            throw new IllegalArgumentException("scenario " + name + " has no room group '" + groupName + "'; it has "
                    + groups.stream().map(RoomGroup::name).toList());
        }
        return withGroups(changed);
    }

    /** The same scenario without its unmeasured groups (the hostile room), for the comparison run. */
    public Scenario withoutUnmeasured() {
        return withGroups(groups.stream().filter(RoomGroup::measured).toList());
    }

    /** Whether some group is not measured. */
    public boolean hasUnmeasured() {
        return groups.stream().anyMatch(g -> !g.measured());
    }
}
