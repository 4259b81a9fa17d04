package dev.banter.core.internal.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * How a lane runs a backlog: in turns per group, never out of order within a group, ungrouped tasks in their place.
 * Each case holds the lane on a first task while it queues the backlog, so the lane finds all of it at once.
 */
class LaneTurnsProperties {

    private static final class Room extends LaneGroup {
        final int id;

        Room(int id) {
            this.id = id;
        }
    }

    /** Where one task sat in the queue, and of which group; -1 for an ungrouped task. */
    private record Ran(int position, int group) {}

    private static class Recording extends LaneTask {
        final int position;
        final int groupId;
        final List<Ran> log;

        Recording(Room room, int position, List<Ran> log) {
            super(room);
            this.position = position;
            this.groupId = room == null ? -1 : room.id;
            this.log = log;
        }

        @Override
        public void run() {
            log.add(new Ran(position, groupId));
        }
    }

    /** A task of group 0 that takes longer than a turn may. */
    private static final class Slow extends Recording {
        Slow(Room room, int position, List<Ran> log) {
            super(room, position, log);
        }

        @Override
        public void run() {
            long until = System.nanoTime() + 2 * Lane.TURN_NANOS;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            super.run();
        }
    }

    /**
     * Runs the backlog {@code groups} (a group number per task, -1 for none) on a lane held until all of it is
     * queued; answers what ran, in order.
     */
    private static List<Ran> runBacklog(List<Integer> groups) throws InterruptedException {
        return runBacklog(groups, false);
    }

    private static List<Ran> runBacklog(List<Integer> groups, boolean slowGroupZero) throws InterruptedException {
        Lane lane = new Lane(0, "turns-test-");
        lane.start();
        try {
            List<Ran> log = new ArrayList<>(); // written by the lane only; read after `done`
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            lane.execute(() -> {
                held.countDown();
                awaitQuietly(release);
            });
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            Map<Integer, Room> rooms = new HashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                int g = groups.get(i);
                Room room = g < 0 ? null : rooms.computeIfAbsent(g, Room::new);
                lane.enqueue(slowGroupZero && g == 0 ? new Slow(room, i, log) : new Recording(room, i, log));
            }
            CountDownLatch done = new CountDownLatch(1);
            lane.execute(done::countDown);
            release.countDown();
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            return log;
        } finally {
            lane.stop();
            lane.join(5_000);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Property(tries = 60)
    void everyTaskRunsOnce_andEachGroupInQueueOrder(
            @ForAll @Size(max = 300) List<@IntRange(min = -1, max = 6) Integer> groups) throws Exception {
        List<Ran> ran = runBacklog(groups);

        assertThat(ran).hasSize(groups.size());
        assertThat(ran.stream().map(Ran::position).distinct()).hasSize(groups.size());
        Map<Integer, Integer> lastByGroup = new HashMap<>();
        for (Ran r : ran) {
            assertThat(r.group()).isEqualTo(groups.get(r.position()));
            if (r.group() >= 0) {
                Integer last = lastByGroup.put(r.group(), r.position());
                assertThat(last == null || last < r.position())
                        .as("group %d ran position %d after %d", r.group(), r.position(), last)
                        .isTrue();
            }
        }
    }

    /** An ungrouped task runs after every task queued before it and before every task queued after it. */
    @Property(tries = 60)
    void anUngroupedTask_keepsItsPlace(@ForAll @Size(max = 300) List<@IntRange(min = -1, max = 6) Integer> groups)
            throws Exception {
        List<Ran> ran = runBacklog(groups);

        for (int i = 0; i < ran.size(); i++) {
            Ran r = ran.get(i);
            if (r.group() < 0) {
                for (int j = 0; j < ran.size(); j++) {
                    int position = ran.get(j).position();
                    if (j < i) {
                        assertThat(position)
                                .as("ran before the ungrouped task at %d", r.position())
                                .isLessThan(r.position());
                    } else if (j > i) {
                        assertThat(position)
                                .as("ran after the ungrouped task at %d", r.position())
                                .isGreaterThan(r.position());
                    }
                }
            }
        }
    }

    /**
     * No group runs more than {@link Lane#TURN} tasks in a row while another group of the same backlog still has
     * tasks to run: a longer run is the end of its stretch between ungrouped tasks.
     */
    @Property(tries = 60)
    void noGroupHoldsTheLaneForMoreThanATurn_whileOthersWait(
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 3) Integer> groups,
            @ForAll @IntRange(min = 0, max = 400) int barrierAt)
            throws Exception {
        List<Integer> backlog = new ArrayList<>(groups);
        backlog.add(Math.min(barrierAt, backlog.size()), -1);
        List<Ran> ran = runBacklog(backlog);

        int runStart = 0;
        for (int i = 1; i <= ran.size(); i++) {
            boolean runEnds =
                    i == ran.size() || ran.get(i).group() != ran.get(runStart).group();
            if (!runEnds) {
                continue;
            }
            int group = ran.get(runStart).group();
            if (group >= 0 && i - runStart > Lane.TURN) {
                // Every task after the run, up to the next ungrouped one, must be of the same group: none is.
                int next = i < ran.size() ? ran.get(i).group() : -1;
                assertThat(next)
                        .as("group %d ran %d in a row with group %d waiting", group, i - runStart, next)
                        .isEqualTo(-1);
            }
            runStart = i;
        }
    }

    /** Rooms that all have work share the lane in turns: a backlog of a busy room and a quiet one interleaves. */
    @Example
    void aBusyRoom_takesTurnsWithAQuietOne() throws Exception {
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            groups.add(0);
        }
        groups.add(1); // the quiet room's only event, queued behind 100 of the busy room's
        List<Ran> ran = runBacklog(groups);

        int quiet = 0;
        while (ran.get(quiet).group() != 1) {
            quiet++;
        }
        // 16 in plain order would be 100; fewer than 16 if a stall of the machine ended the busy room's turn early
        assertThat(quiet).isBetween(1, Lane.TURN);
    }

    /** A room whose tasks each take longer than a turn gives way after every one of them. */
    @Example
    void aSlowRoom_givesWayAfterEachTask() throws Exception {
        List<Ran> ran = runBacklog(List.of(0, 0, 0, 0, 1, 1), true);

        // in plain order, or with 16 to a turn, the four slow ones would all run first
        assertThat(ran).hasSize(6);
        assertThat(ran.get(0).group()).isZero();
        assertThat(ran.get(1).group()).isEqualTo(1);
    }
}
