package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Notice;
import dev.banter.api.room.Room;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One engine serves every extension version and worker that share a statement limit; versions with the same file
 * names keep their own code, and the engine closes with its last context.
 */
class EngineSharingTest {

    private final Fixture fx = new Fixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private GraalSandbox sandbox() {
        return (GraalSandbox) fx.sandbox;
    }

    private static String answer(String text) {
        return "banter.command('who', (c, ctx) => ctx.room.notice('" + text + "'));";
    }

    private ExtensionInstance install(String room, String version, String code, SandboxLimits limits) {
        ExtensionSource source = ExtensionSource.of("who", version, "banter/1", "main.js", code);
        Room r = fx.room(room);
        return fx.install(
                InstanceSpec.of(source, r.id(), r.lane(), fx.store, Fixture.ALL).withLimits(limits));
    }

    private String who(String room) {
        return ((Notice) fx.chat(room, "bob", "!who").actions().getFirst()).text();
    }

    @Test
    void versionsAndWorkersShareOneEngine_eachVersionRunsItsOwnCode() {
        SandboxLimits limits = SandboxLimits.defaults();
        List<ExtensionInstance> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String version = i % 2 == 0 ? "1.0.0" : "2.0.0";
            instances.add(install("room-" + i, version, answer("v" + version), limits));
        }
        assertThat(fx.room("room-0").lane()).isNotEqualTo(fx.room("room-1").lane());

        assertThat(sandbox().engineCount()).isEqualTo(1);
        assertThat(sandbox().versionCount()).isEqualTo(2);
        assertThat(who("room-0")).isEqualTo("v1.0.0");
        assertThat(who("room-1")).isEqualTo("v2.0.0");
        assertThat(who("room-2")).isEqualTo("v1.0.0");
        assertThat(who("room-3")).isEqualTo("v2.0.0");

        instances.get(0).close();
        instances.get(2).close();
        assertThat(sandbox().versionCount()).isEqualTo(1);
        assertThat(sandbox().engineCount()).isEqualTo(1);
        assertThat(who("room-1")).isEqualTo("v2.0.0");

        instances.get(1).close();
        instances.get(3).close();
        assertThat(sandbox().versionCount()).isZero();
        assertThat(sandbox().engineCount()).isZero();
    }

    @Test
    void aDifferentStatementLimitGetsItsOwnEngine() {
        ExtensionInstance plain = install("room-a", "1.0.0", answer("plain"), SandboxLimits.defaults());
        ExtensionInstance tight = install(
                "room-b", "1.0.0", answer("tight"), SandboxLimits.defaults().with(LimitKind.STATEMENTS, 5_000));

        assertThat(sandbox().engineCount()).isEqualTo(2);
        assertThat(who("room-a")).isEqualTo("plain");
        assertThat(who("room-b")).isEqualTo("tight");

        tight.close();
        assertThat(sandbox().engineCount()).isEqualTo(1);
        assertThat(who("room-a")).isEqualTo("plain");
        plain.close();
        assertThat(sandbox().engineCount()).isZero();
    }
}
