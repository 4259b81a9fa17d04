package dev.banter.core.internal.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.room.RoomId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Dedicated rooms get lanes 0.. in order, and no other room is ever pinned to one of them. */
class LanePlacementProperties {

    @Provide
    Arbitrary<List<String>> slugs() {
        return Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
                .ofMinLength(1)
                .ofMaxLength(64)
                .list()
                .uniqueElements()
                .ofMinSize(1)
                .ofMaxSize(60);
    }

    @Property(tries = 60)
    void dedicatedLanesAreNeverShared(
            @ForAll @IntRange(min = 1, max = 6) int lanes,
            @ForAll @IntRange(min = 0, max = 5) int wanted,
            @ForAll("slugs") List<String> slugs) {
        int dedicatedCount = Math.min(Math.min(wanted, lanes - 1), slugs.size());
        List<RoomId> dedicated = new ArrayList<>();
        for (int i = 0; i < dedicatedCount; i++) {
            dedicated.add(RoomId.of(slugs.get(i)));
        }
        LanePool pool = new LanePool(lanes, "placement-", dedicated);
        try {
            for (int i = 0; i < dedicated.size(); i++) {
                assertThat(pool.laneFor(dedicated.get(i)).index()).isEqualTo(i);
            }
            for (String slug : slugs.subList(dedicatedCount, slugs.size())) {
                int lane = pool.laneFor(RoomId.of(slug)).index();
                assertThat(lane).isBetween(dedicatedCount, lanes - 1);
                assertThat(pool.laneFor(RoomId.of(slug)).index()).isEqualTo(lane);
            }
        } finally {
            pool.shutdown(5, TimeUnit.SECONDS);
        }
    }
}
