package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.room.RoomId;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The presets have the issue's sizes; overrides, scaling and validation behave. */
class ScenarioTest {

    @Test
    void presets_haveTheIssuesSizes() {
        Scenario mega = Presets.named("mega-room");
        assertThat(mega.groups()).extracting(RoomGroup::rooms).containsExactly(1, 1_000);
        assertThat(mega.groups().get(0).viewers()).isEqualTo(40_000);
        assertThat(mega.groups().get(0).extensions()).hasSize(6);
        assertThat(mega.groups().get(1).extensions()).hasSize(3);

        Scenario many = Presets.named("many-rooms");
        assertThat(many.rooms()).isEqualTo(10_000);
        assertThat(IntStream.range(0, 6)
                        .map(i -> many.groups().get(0).extensionsOf(i).size()))
                .containsExactly(1, 2, 3, 1, 2, 3);

        Scenario storm = Presets.named("tip-storm");
        assertThat(storm.events()).isEqualTo(20_000);
        assertThat(storm.events() / storm.rate()).isEqualTo(10.0);
        assertThat(storm.checkTips()).isTrue();
        assertThat(storm.mix().shares().get("tip")).isEqualTo(1.0);

        Scenario noisy = Presets.named("noisy-neighbour");
        assertThat(noisy.hasUnmeasured()).isTrue();
        assertThat(noisy.withoutUnmeasured().groups()).allMatch(RoomGroup::measured);
        assertThat(Presets.names()).contains("mega-room", "many-rooms", "tip-storm", "noisy-neighbour", "smoke");
    }

    @Test
    void scaled_shrinksRoomsAndViewers_keepingAtLeastOneRoom() {
        Scenario s = Presets.scaled(Presets.named("mega-room"), 0.01);
        assertThat(s.groups()).extracting(RoomGroup::rooms).containsExactly(1, 10);
        assertThat(s.groups().get(0).viewers()).isEqualTo(400);
        assertThat(s.instances()).isEqualTo(6 + 30);
        assertThatThrownBy(() -> Presets.scaled(s, 0))
                .hasMessageContaining("--scale")
                .hasMessageContaining("0.0");
    }

    @Test
    void sweep_appliesItsParameter() {
        Scenario base = Presets.named("smoke");
        assertThat(Sweep.parse("workers=1").apply(base, 1).workers()).isEqualTo(1);
        assertThat(Sweep.parse("rooms=7").apply(base, 7).groups().get(1).rooms())
                .isEqualTo(7);
        assertThat(Sweep.parse("extensions=2").apply(base, 2).groups())
                .allMatch(g -> g.extensions().equals(Presets.SIX.subList(0, 2)));
        assertThat(Sweep.parse("viewers=99").apply(base, 99).groups().get(0).viewers())
                .isEqualTo(99);
    }

    @Test
    void dedicatedLanes_goToTheRoomsWithTheLargestAudience_leavingOneLaneShared() {
        Scenario mega = Presets.named("mega-room").withWorkers(2);
        assertThat(mega.dedicatedRooms()).containsExactly("mega-0");
        assertThat(Presets.named("many-rooms").dedicatedRooms()).isEmpty();

        assertThat(mega.withDedicatedLanes(0).dedicatedRooms()).isEmpty();
        assertThat(mega.withDedicatedLanes(3).dedicatedRooms()).containsExactly("mega-0");
        assertThat(mega.withWorkers(4).withDedicatedLanes(3).dedicatedRooms())
                .containsExactly("mega-0", "room-0", "room-1");
        assertThat(mega.withWorkers(1).withDedicatedLanes(1).dedicatedRooms()).isEmpty();
        assertThatThrownBy(() -> mega.withDedicatedLanes(-1))
                .hasMessageContaining("--dedicated-lanes")
                .hasMessageContaining("-1");
    }

    @Test
    void validation_namesTheFieldAndTheValue() {
        Scenario s = Presets.named("smoke");
        assertThatThrownBy(() -> s.withWorkers(0))
                .hasMessageContaining("--workers")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> s.withSeconds(-1))
                .hasMessageContaining("--duration")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> RoomGroup.of("room", 0, 5, List.of()))
                .hasMessageContaining("room.rooms")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> s.mapGroups("nope", g -> g)).hasMessageContaining("no room group 'nope'");
        assertThatThrownBy(() -> Sweep.parse("speed=1")).hasMessageContaining("unknown parameter 'speed'");
    }

    @Test
    void traffic_sharesRoomsByAudience_andSendsTheMix() {
        List<RoomGroup> groups =
                List.of(RoomGroup.of("big", 1, 900, List.of()), RoomGroup.of("small", 1, 100, List.of()));
        Traffic t = new Traffic(
                List.of(RoomId.of("big-0"), RoomId.of("small-0")), groups, Mix.parse("chat=1", Mix.DEFAULT_TIPS), 7);
        int[] perRoom = new int[2];
        for (int i = 0; i < 10_000; i++) {
            var m = t.next(i, java.time.Instant.EPOCH);
            perRoom[t.room()]++;
            assertThat(m.type().name()).isEqualTo("chat.message");
            assertThat(Traffic.intendedOf(m.id())).isEqualTo(i);
        }
        assertThat(perRoom[0] / 10_000.0).isBetween(0.87, 0.93);
        assertThat(Collections.frequency(List.of(perRoom[0] + perRoom[1]), 10_000))
                .isEqualTo(1);
    }
}
