package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.Role;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.core.state.InMemoryStateStore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsExtensionsTest {

    private final BanterRuntime runtime = BanterRuntime.newBuilder().lanes(2).build();
    private final Sandbox sandbox = SandboxProvider.load("graal")
            .create(SandboxConfig.of(runtime.lanes()).withTypes(runtime.types().types()));
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final Room room = runtime.openRoom(RoomId.of("lobby"));

    @AfterEach
    void close() {
        runtime.close();
        sandbox.close();
    }

    private Outcome say(User user, String body) throws Exception {
        return runtime.submit(Message.of(BuiltinTypes.CHAT_MESSAGE, room.id(), user, new ChatMessage(body)))
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void dice_rollsAndRemembersTheBest_calmRewritesShouting() throws Exception {
        JsExtensions.installAll(sandbox, room, state);
        assertThat(sandbox.executionMode()).isEqualTo(ExecutionMode.COMPILED);

        Outcome roll = say(User.viewer("alice"), "!roll 3d1x");
        Outcome good = say(User.viewer("alice"), "!roll 2d6");
        Outcome best = say(User.viewer("alice"), "!best");
        Outcome shout = say(User.viewer("bob"), "THIS IS SOOOOO LOUD");
        Outcome owner = say(User.of("carol", Role.OWNER), "I MAY SHOUT");

        assertThat(roll.actions()).containsExactly(Notice.toUser("alice", "usage: !roll NdM (N 1-20, M 2-999)"));
        Notice rolled = (Notice) good.actions().get(0);
        assertThat(rolled.target()).isEqualTo(NoticeTarget.everyone());
        assertThat(rolled.text()).matches("alice rolled 2d6: [1-6] \\+ [1-6] = \\d+");
        String sum = rolled.text().substring(rolled.text().lastIndexOf(' ') + 1);
        assertThat(best.actions()).containsExactly(Notice.toUser("alice", "your best roll: " + sum));
        assertThat(shout.message().payload())
                .as(shout.trace().toString())
                .isEqualTo(new ChatMessage("this is sooo loud"));
        assertThat(owner.modified()).isFalse();
    }

    @Test
    void source_unknownName_saysWhichExist() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JsExtensions.source("nope"))
                .withMessage("no example extension 'nope'; there are dice and calm");
    }
}
