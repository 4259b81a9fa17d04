package dev.banter.bench.load;

import java.util.ArrayList;
import java.util.List;
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
        boolean compareWithoutHostile) {

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

    public Scenario withRate(double newRate) {
        return new Scenario(
                name,
                description,
                groups,
                mix,
                newRate,
                seconds,
                warmupSeconds,
                events,
                workers,
                checkTips,
                compareWithoutHostile);
    }

    public Scenario withSeconds(double newSeconds) {
        return new Scenario(
                name,
                description,
                groups,
                mix,
                rate,
                newSeconds,
                warmupSeconds,
                events,
                workers,
                checkTips,
                compareWithoutHostile);
    }

    public Scenario withWarmup(double newWarmup) {
        return new Scenario(
                name,
                description,
                groups,
                mix,
                rate,
                seconds,
                newWarmup,
                events,
                workers,
                checkTips,
                compareWithoutHostile);
    }

    public Scenario withEvents(long newEvents) {
        return new Scenario(
                name,
                description,
                groups,
                mix,
                rate,
                seconds,
                warmupSeconds,
                newEvents,
                workers,
                checkTips,
                compareWithoutHostile);
    }

    public Scenario withWorkers(int newWorkers) {
        return new Scenario(
                name,
                description,
                groups,
                mix,
                rate,
                seconds,
                warmupSeconds,
                events,
                newWorkers,
                checkTips,
                compareWithoutHostile);
    }

    public Scenario withMix(Mix newMix) {
        return new Scenario(
                name,
                description,
                groups,
                newMix,
                rate,
                seconds,
                warmupSeconds,
                events,
                workers,
                checkTips,
                compareWithoutHostile);
    }

    public Scenario withGroups(List<RoomGroup> newGroups) {
        return new Scenario(
                name,
                description,
                newGroups,
                mix,
                rate,
                seconds,
                warmupSeconds,
                events,
                workers,
                checkTips,
                compareWithoutHostile);
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
