package dev.banter.sdk.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.room.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every handler call in a simulated room comes back in its step's {@link StepResult#invocations()}. */
class SimulatedRoomCostTest {

    @TempDir
    Path tmp;

    @Test
    void invocations_listEachCallWithItsBytes_andStatementsOnlyWhenCounting() throws IOException {
        ExtensionProject project = project();

        try (SimulatedRoom plain = SimulatedRoom.newBuilder(project).build();
                SimulatedRoom counting =
                        SimulatedRoom.newBuilder(project).countStatements(true).build()) {
            StepResult uncounted = plain.send(SimEvent.chat(User.viewer("bob"), "hi"));
            StepResult counted = counting.send(SimEvent.chat(User.viewer("bob"), "hi"));
            StepResult timer = counting.advance(Duration.ofMinutes(1));

            assertThat(uncounted.invocations()).singleElement().satisfies(i -> {
                assertThat(i.handlerId()).isEqualTo("ext:cost");
                assertThat(i.messageType()).isEqualTo("chat.message");
                assertThat(i.allocatedBytes()).isPositive();
                assertThat(i.statements()).isEqualTo(-1);
            });
            assertThat(counted.invocations())
                    .singleElement()
                    .satisfies(i -> assertThat(i.statements()).isPositive());
            assertThat(timer.invocations())
                    .as("a timer firing is a call too")
                    .singleElement()
                    .satisfies(i -> {
                        assertThat(i.messageType()).isEqualTo("timer");
                        assertThat(i.statements()).isPositive();
                    });
        }
    }

    private ExtensionProject project() throws IOException {
        Path dir = tmp.resolve("cost");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("banter.json"), """
                {"id": "cost", "name": "Cost", "version": "1.0.0", "kind": "bot", "api": "banter/1",
                 "main": "main.js", "types": ["chat.message", "extension.start", "timer"], "permissions": ["timers"]}
                """);
        Files.writeString(dir.resolve("main.js"), """
                banter.on('extension.start', (e, ctx) => ctx.timers.after('later', 1000));
                banter.on('chat.message', (m, ctx) => {});
                banter.timer('later', (t, ctx) => { let n = 0; for (let i = 0; i < 5; i++) { n += i; } });
                """);
        return ExtensionProject.load(dir);
    }
}
