package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Action;
import dev.banter.api.action.Notice;
import dev.banter.api.action.SetSubject;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.Tip;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TipCounterTest {

    private static final RoomId LOBBY = RoomId.of("lobby");
    private static final RoomId ARCADE = RoomId.of("arcade");

    private final Recorder sink = new Recorder();
    private final TipCounter counter = new TipCounter(100);
    private BanterRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private void start(RoomId... rooms) {
        runtime = BanterRuntime.newBuilder().lanes(2).actionSink(sink).build();
        for (RoomId room : rooms) {
            runtime.openRoom(room).install(TipCounter.spec(counter));
        }
    }

    private Outcome tip(RoomId room, String user, long amount, boolean anonymous) {
        Message message = Message.of(BuiltinTypes.TIP, room, User.viewer(user), new Tip(amount, "", anonymous));
        return runtime.submit(message).toCompletableFuture().join();
    }

    @Test
    void handle_tip_thanksTheTipperInPublic() {
        start(LOBBY);

        Outcome outcome = tip(LOBBY, "bob", 50, false);

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(outcome.actions()).containsExactly(Notice.toAll("thanks bob for 50 tokens"));
        assertThat(counter.total(LOBBY)).isEqualTo(50);
        assertThat(counter.topTipper(LOBBY)).contains("bob");
    }

    @Test
    void handle_goalReached_setsSubjectAndAnnouncesOnce() {
        start(LOBBY);

        tip(LOBBY, "bob", 40, false);
        tip(LOBBY, "carol", 30, false);
        Outcome reaching = tip(LOBBY, "bob", 30, false);
        Outcome after = tip(LOBBY, "dave", 500, false);

        assertThat(reaching.actions()).hasSize(3);
        assertThat(reaching.actions().get(1))
                .isEqualTo(new SetSubject("Goal reached: 100 of 100 tokens! Top tipper: bob (70)."));
        assertThat(((Notice) reaching.actions().get(2)).text()).contains("goal of 100 tokens reached", "bob (70)");
        assertThat(after.actions()).containsExactly(Notice.toAll("thanks dave for 500 tokens"));
        assertThat(counter.total(LOBBY)).isEqualTo(600);
        assertThat(counter.topTipper(LOBBY)).contains("dave");
        runtime.close();
        assertThat(sink.actions().stream().filter(SetSubject.class::isInstance)).hasSize(1);
    }

    @Test
    void handle_anonymousTip_countsButNamesNoOne() {
        start(LOBBY);

        Outcome outcome = tip(LOBBY, "bob", 20, true);

        assertThat(outcome.actions()).containsExactly(Notice.toAll("thanks anonymous for 20 tokens"));
        assertThat(counter.total(LOBBY)).isEqualTo(20);
        assertThat(counter.topTipper(LOBBY)).isEmpty();
    }

    @Test
    void handle_manyRoomsOnTwoLanes_keepsSeparateTotals() {
        start(LOBBY, ARCADE);
        List<CompletableFuture<Outcome>> pending = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            RoomId room = i % 2 == 0 ? LOBBY : ARCADE;
            Message message = Message.of(
                    BuiltinTypes.TIP, room, User.viewer("u" + (i % 7)), new Tip(room == LOBBY ? 1 : 3, "", false));
            pending.add(runtime.submit(message).toCompletableFuture());
        }
        pending.forEach(CompletableFuture::join);
        runtime.close();

        assertThat(counter.total(LOBBY)).isEqualTo(100);
        assertThat(counter.total(ARCADE)).isEqualTo(300);
        List<ActionEnvelope> subjects = sink.envelopes().stream()
                .filter(e -> e.action() instanceof SetSubject)
                .toList();
        assertThat(subjects).extracting(ActionEnvelope::room).containsExactlyInAnyOrder(LOBBY, ARCADE);
        List<Action> lobbyActions = sink.envelopes().stream()
                .filter(e -> e.room().equals(LOBBY))
                .map(ActionEnvelope::action)
                .toList();
        assertThat(lobbyActions).hasSize(102);
    }

    @Test
    void total_roomNeverTipped_isZero() {
        assertThat(counter.total(RoomId.of("empty"))).isZero();
        assertThat(counter.topTipper(RoomId.of("empty"))).isEmpty();
    }

    @Test
    void constructor_goalBelowOne_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TipCounter(0)).withMessageContaining("0");
    }
}
