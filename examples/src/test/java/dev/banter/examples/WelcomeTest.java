package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.UserEnter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WelcomeTest {

    private static final RoomId LOBBY = RoomId.of("lobby");

    private final Recorder sink = new Recorder();
    private BanterRuntime runtime;

    @BeforeEach
    void start() {
        runtime = BanterRuntime.newBuilder().lanes(1).actionSink(sink).build();
        runtime.openRoom(LOBBY).install(Welcome.spec());
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private Outcome enter(User user) {
        Message message = Message.of(BuiltinTypes.USER_ENTER, LOBBY, user, UserEnter.INSTANCE);
        return runtime.submit(message).toCompletableFuture().join();
    }

    @Test
    void handle_userEnters_getsAPrivateWelcome() {
        Outcome outcome = enter(User.viewer("alice"));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(outcome.actions()).containsExactly(Notice.toUser("alice", "welcome to lobby, alice!"));
        runtime.close();
        assertThat(sink.actions()).containsExactly(Notice.toUser("alice", "welcome to lobby, alice!"));
    }

    @Test
    void handle_systemUser_isSkipped() {
        Outcome outcome = enter(User.system());

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(outcome.actions()).isEmpty();
    }
}
