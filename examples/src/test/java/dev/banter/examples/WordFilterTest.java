package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Ban;
import dev.banter.api.action.Warn;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WordFilterTest {

    private final Recorder sink = new Recorder();
    private BanterRuntime runtime;

    @BeforeEach
    void start() {
        runtime = BanterRuntime.newBuilder().lanes(1).actionSink(sink).build();
        runtime.openRoom(RoomId.of("r")).install(WordFilter.spec());
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private Outcome send(String user, String body) {
        Message message =
                Message.of(BuiltinTypes.CHAT_MESSAGE, RoomId.of("r"), User.viewer(user), new ChatMessage(body));
        return runtime.submit(message).toCompletableFuture().join();
    }

    @Test
    void handle_severeWord_bansAndRejects() {
        Outcome outcome = send("mallory", "buy scamcoin now");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcome.reason()).contains("banned word");
        assertThat(outcome.actions()).containsExactly(new Ban("mallory", "banned word"));
    }

    @Test
    void handle_shoutedMildWordWithPunctuation_warnsAndRejects() {
        Outcome outcome = send("bob", "what a NOOB!! lol");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcome.actions()).containsExactly(new Warn("bob", "banned word"));
    }

    @Test
    void handle_firstBannedTokenDecides() {
        assertThat(send("bob", "idiot, scamcoin").actions()).containsExactly(new Warn("bob", "banned word"));
        assertThat(send("bob", "scamcoin idiot").actions()).containsExactly(new Ban("bob", "banned word"));
    }

    @Test
    void handle_link_warnsAndRejects() {
        Outcome outcome = send("eve", "come to www.free-tokens.xyz now");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcome.reason()).contains("link");
        assertThat(outcome.actions()).containsExactly(new Warn("eve", "link"));
    }

    @Test
    void handle_bannedWordInsideLongerToken_passes() {
        Outcome outcome = send("alice", "trashcan idiots are noobs, not jerks");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(outcome.actions()).isEmpty();
    }

    @Test
    void handle_cleanMessage_deliversWithoutActions() {
        Outcome outcome = send("alice", "hello from canada, love this song");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(outcome.actions()).isEmpty();
    }

    @Test
    void handle_actionsReachTheSink() {
        send("mallory", "scamcoin");
        send("eve", "see mysite.com");
        runtime.close();

        assertThat(sink.actions()).containsExactly(new Ban("mallory", "banned word"), new Warn("eve", "link"));
    }

    @Test
    void bannedWords_hasTheReferenceFifty() {
        assertThat(WordFilter.bannedWords()).hasSize(50);
        assertThat(WordFilter.bannedWords().values().stream().filter(b -> b)).hasSize(10);
    }
}
