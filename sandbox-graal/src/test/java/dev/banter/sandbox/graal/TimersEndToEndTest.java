package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Notice;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JavaScript timers through the sandbox and the engine, on virtual time, across a restart on the same store. */
class TimersEndToEndTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final RoomId ROOM = RoomId.of("alice");
    private static final String CODE = Fixture.lines(
            "banter.on('tip', (tip, ctx) => {",
            "  ctx.timers.every('reminder', 60000, (t, c) => c.room.notice('reminder #' + t.firing));",
            "  ctx.timers.after('thanks', 5000);",
            "});",
            "banter.timer('thanks', (t, ctx) => ctx.room.notice('thanks at ' + (ctx.now() - t.ts)));",
            "banter.timer('reminder', (t, ctx) =>",
            "  ctx.room.notice('restored reminder #' + t.firing + (t.late ? ' late' : '') + ', skipped ' + t.skipped));",
            "banter.command('stop', (cmd, ctx) => ctx.timers.cancel('reminder'));");

    private final ManualClock clock = ManualClock.startingAt(T0);
    private final InMemoryStateStore store = new InMemoryStateStore();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private BanterRuntime runtime;
    private Sandbox sandbox;

    private void start() {
        runtime = BanterRuntime.newBuilder()
                .lanes(1)
                .timeSource(clock)
                .stateStore(store)
                .actionSink(this::record)
                .build();
        sandbox = SandboxProvider.load("graal").create(SandboxConfig.of(1));
        Room room = runtime.openRoom(ROOM);
        sandbox.instantiate(InstanceSpec.of(
                        ExtensionSource.banter1("reminders", CODE), ROOM, room.lane(), store, Fixture.ALL))
                .installInto(room);
    }

    private void stop() {
        runtime.close();
        sandbox.close();
    }

    @AfterEach
    void close() {
        stop();
    }

    private void record(ActionEnvelope envelope) {
        if (envelope.action() instanceof Notice n) {
            notices.add(Duration.between(T0, clock.now()).toSeconds() + "s " + n.text());
        }
    }

    private void submit(Message m) {
        runtime.submit(m).toCompletableFuture().join();
    }

    @Test
    void jsTimers_fireOnVirtualTime_surviveARestart_andCancel() {
        start();
        submit(Message.of(BuiltinTypes.TIP, ROOM, User.viewer("bob"), new Tip(10, "", false)));

        clock.advance(Duration.ofSeconds(125));
        assertThat(notices).containsExactly("5s thanks at 0", "60s reminder #1", "120s reminder #2");

        stop();
        clock.advance(Duration.ofSeconds(75)); // down from 125 to 200: the reminder due at 180 waits
        start();
        submit(Message.of(BuiltinTypes.CHAT_MESSAGE, ROOM, User.viewer("bob"), new ChatMessage("hi"))); // restored
        clock.advance(Duration.ZERO);
        clock.advance(Duration.ofSeconds(45));
        submit(Message.of(BuiltinTypes.CHAT_MESSAGE, ROOM, User.viewer("bob"), new ChatMessage("!stop")));
        clock.advance(Duration.ofSeconds(600));

        // the callback given to every() lived in the old context; the banter.timer handler of that label takes over
        assertThat(notices.subList(3, notices.size()))
                .containsExactly("200s restored reminder #3 late, skipped 0", "240s restored reminder #4, skipped 0");
    }
}
