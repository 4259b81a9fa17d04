package dev.banter.reliability;

import static dev.banter.reliability.Rig.clean;
import static dev.banter.reliability.Rig.failures;
import static dev.banter.reliability.Rig.tip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Permission;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.InstanceState;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.ViolationPolicy;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An extension in a crash loop: one that throws on every event, and one that runs into its deadline every time, is
 * cancelled, rebuilt on its next event and runs into it again. The room's tips go on being counted by its other
 * extension; the loop shows in metrics and limit violations and, for the deadline loop, ends in quarantine.
 */
class CrashLoopTest {

    private final Rig rig = new Rig();

    @AfterEach
    void close() {
        rig.close();
    }

    private ExtensionInstance install(String id, String code, SandboxLimits limits, ViolationPolicy policy) {
        ExtensionInstance instance = rig.sandbox.instantiate(InstanceSpec.of(
                        ExtensionSource.banter1(id, code), rig.a.id(), rig.a.lane(), rig.store, Set.of(Permission.KV))
                .withLimits(limits)
                .withPolicy(policy));
        instance.installInto(rig.a);
        return instance;
    }

    @Test
    void handle_throwingEveryTime_isContainedEveryTime_andTipsAreStillCountedOnce() {
        install(
                "crasher",
                "banter.on('tip', () => { throw new Error('boom'); });",
                SandboxLimits.defaults(),
                ViolationPolicy.defaults());
        rig.counter(rig.a, rig.store);
        for (long id = 1; id <= 20; id++) {
            Outcome out = rig.send(tip(rig.a, id));
            assertThat(out.delivered()).isTrue();
            assertThat(failures(out)).singleElement().asString().contains("boom");
        }
        assertThat(rig.kv(rig.a, "count")).isEqualTo("20");
        assertThat(rig.metrics(rig.a).handlerFailures()).isEqualTo(20);
        assertThat(rig.runtime.metrics().handlers().get("ext:crasher.observe").failures())
                .isEqualTo(20);
        assertThat(clean(rig.send(tip(rig.b, 1)))).isTrue();
    }

    @Test
    void handle_deadlineEveryTime_isRebuiltUntilQuarantined_andTheRoomGoesOn() {
        SandboxLimits tight = SandboxLimits.defaults().with(LimitKind.DEADLINE, 15);
        ExtensionInstance loop = install(
                "looper",
                "banter.on('tip', () => { for (;;) {} });",
                tight,
                ViolationPolicy.defaults().quarantineAfter(3, Duration.ofMinutes(5)));
        rig.counter(rig.a, rig.store);
        for (long id = 1; id <= 6; id++) {
            Outcome out = rig.send(tip(rig.a, id));
            assertThat(out.delivered()).isTrue();
            if (id <= 3) {
                assertThat(failures(out))
                        .singleElement()
                        .asString()
                        .containsPattern("(deadline|statements) exceeded by looper");
            } else {
                assertThat(failures(out)).as("quarantined: passes untouched").isEmpty();
                assertThat(out.trace()).extracting(t -> t.verdict()).doesNotContain(VerdictKind.REJECT);
            }
        }
        assertThat(loop.state()).isEqualTo(InstanceState.QUARANTINED);
        // interpreted, the statement budget may stop the loop before the CPU deadline does; either is a strike
        assertThat(rig.quarantined).containsExactly(loop);
        assertThat(rig.violations)
                .hasSize(3)
                .allSatisfy(v -> assertThat(v.limit()).isIn(LimitKind.DEADLINE, LimitKind.STATEMENTS));
        assertThat(rig.kv(rig.a, "count")).isEqualTo("6");
        assertThat(clean(rig.send(tip(rig.b, 1)))).isTrue();
    }
}
