package dev.banter.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Ban;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The embedding example in README.md, compiled and run. Keep the two in step. */
class ReadmeExampleTest {

    @Test
    void readmeExample_bansAndRejectsSpam() {
        List<ActionEnvelope> applied = new CopyOnWriteArrayList<>();
        // README: embedding
        try (BanterRuntime runtime = BanterRuntime.newBuilder()
                .actionSink(applied::add) // your host applies bans, notices, subjects here
                .build()) {
            Room room = runtime.openRoom(RoomId.of("alice"));
            room.install(HandlerSpec.of("no-scam", (message, ctx) -> {
                        String body = message.payload(BuiltinTypes.CHAT_MESSAGE).body();
                        if (body.contains("scamcoin")) {
                            ctx.emit(new Ban(message.sender().name(), "scam"));
                            return Verdict.reject("scam link");
                        }
                        return Verdict.pass();
                    })
                    .grant(Permission.MODERATION_BAN));

            Message chat = Message.of(
                    BuiltinTypes.CHAT_MESSAGE, RoomId.of("alice"), User.viewer("bob"), new ChatMessage("buy scamcoin"));
            Outcome outcome = runtime.submit(chat).toCompletableFuture().join();

            System.out.println(outcome.status() + " " + outcome.reason()); // REJECTED scam link
            // README: end
            assertThat(outcome.status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(outcome.reason()).isEqualTo("scam link");
        }
        assertThat(applied)
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(new Ban("bob", "scam")));
    }
}
