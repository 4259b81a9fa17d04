package dev.banter.core.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RoomRouteStateTest {

    /**
     * Against a set model: a name is a first sighting once until a reset, equal names count as one whatever their
     * instance, and nothing new is remembered beyond the bound. Name -1 stands for a reset.
     */
    @Property(tries = 300)
    void markSeen_behavesLikeBoundedSet(
            @ForAll @IntRange(min = 1, max = 40) int maxSenders,
            @ForAll @Size(max = 400) List<@IntRange(min = -1, max = 120) Integer> names) {
        RoomRouteState state = new RoomRouteState(maxSenders);
        Set<String> model = new HashSet<>();
        for (int n : names) {
            if (n < 0) {
                state.reset();
                model.clear();
            } else {
                String name = new String("user-" + n); // a fresh instance: equality, not identity, decides
                boolean expected = model.size() < maxSenders && model.add(name);
                assertThat(state.markSeen(name)).as("markSeen(%s)", name).isEqualTo(expected);
            }
            assertThat(state.size()).isEqualTo(model.size());
        }
    }
}
