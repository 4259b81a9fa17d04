package dev.banter.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Verdict;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DedicatedLanesTest {

    private BanterRuntime runtime;

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void aDedicatedRoom_hasALaneNoOtherRoomShares() {
        RoomId stage = RoomId.of("main-stage");
        RoomId second = RoomId.of("second-stage");
        runtime = BanterRuntime.newBuilder()
                .lanes(4)
                .dedicatedLanes(stage, second)
                .build();

        Room main = runtime.openRoom(stage);
        Room other = runtime.openRoom(second);
        Set<Integer> sharedLanes = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            sharedLanes.add(runtime.openRoom(RoomId.of("room-" + i)).lane());
        }

        assertThat(main.lane()).isEqualTo(0);
        assertThat(other.lane()).isEqualTo(1);
        assertThat(sharedLanes).containsExactlyInAnyOrder(2, 3);
    }

    @Test
    void aDedicatedRoom_keepsRunningWhileAnotherRoomHoldsItsLane() throws Exception {
        RoomId stage = RoomId.of("main-stage");
        runtime = BanterRuntime.newBuilder().lanes(2).dedicatedLanes(stage).build();
        Room main = runtime.openRoom(stage);
        Room stuck = runtime.openRoom(RoomId.of("room-1"));
        CountDownLatch release = new CountDownLatch(1);
        stuck.install(HandlerSpec.of("stuck", (m, ctx) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Verdict.pass();
        }));
        try {
            CompletionStage<Outcome> held = runtime.submit(Msgs.chat(stuck.id().value(), "alice", "hold the lane"));
            Outcome onStage = runtime.submit(Msgs.chat(stage.value(), "bob", "hello"))
                    .toCompletableFuture()
                    .get(5, TimeUnit.SECONDS);

            assertThat(onStage.delivered()).isTrue();
            assertThat(held.toCompletableFuture().isDone()).isFalse();
        } finally {
            release.countDown();
        }
    }

    @Test
    void withoutDedicatedRooms_placementIsAsBefore() {
        runtime = BanterRuntime.newBuilder().lanes(3).dedicatedLanes().build();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            used.add(runtime.openRoom(RoomId.of("room-" + i)).lane());
        }

        assertThat(used).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void aRoomListedTwice_isRefusedByName() {
        RoomId stage = RoomId.of("main-stage");

        assertThatThrownBy(() -> BanterRuntime.newBuilder().dedicatedLanes(stage, RoomId.of("b"), stage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dedicatedLanes: room 'main-stage' is listed twice");
    }

    @Test
    void asManyDedicatedRoomsAsLanes_failsTheBuild_namingBothCounts() {
        BanterRuntime.Builder builder =
                BanterRuntime.newBuilder().lanes(2).dedicatedLanes(RoomId.of("a"), RoomId.of("b"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 rooms with a lane of their own")
                .hasMessageContaining("lanes is 2, it must be at least 3");
    }
}
