package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import dev.banter.api.room.Room;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.LimitKind;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hostile tricks of the banter/1 set, from cb/2 handlers: the same hardening and limits hold. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Cb2HostileTest {

    private static final ExtensionSource HOSTILE = Cb2Harness.bare("hostile", "cb2-hostile");

    private Fixture f;

    @BeforeAll
    void start() {
        f = Hostile.fixture();
        Hostile.witness(f);
    }

    @AfterAll
    void close() {
        f.close();
    }

    /** The hostile app alone in a room of its own, so strikes of one trick do not quarantine the next. */
    private String install(String trick) {
        String name = "hostile-" + trick;
        Room room = f.room(name);
        f.install(InstanceSpec.of(HOSTILE, room.id(), room.lane(), f.store, Fixture.ALL)
                .withLimits(Hostile.TIGHT));
        return name;
    }

    private Outcome play(String trick) {
        return f.chat(install(trick), "mallory", trick);
    }

    @Test
    void globals_areGoneAsInBanter1() {
        assertThat(play("probe").actions())
                .containsExactly(Notice.toAll("undefined,undefined,undefined,undefined,undefined,undefined,undefined"));
        Hostile.assertWitnessWorks(f);
    }

    @Test
    void dollarObjects_cannotBeReboundOrChanged() {
        assertThat(play("rebind").actions()).containsExactly(Notice.toAll("still function function"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"buffer", "repeat", "typed"})
    void allocationBuiltins_areGuarded(String trick) {
        Outcome out = play(trick);
        assertThat(out.delivered()).isTrue();
        assertThat(out.trace())
                .singleElement()
                .satisfies(t -> assertThat(t.toString()).contains("allocation budget"));
        Hostile.assertWitnessWorks(f);
    }

    @Test
    void endlessLoop_hitsTheDeadline() {
        Outcome out = play("loop");
        assertThat(out.delivered()).isTrue();
        assertThat(f.violations)
                .anyMatch(v -> v.limit() == LimitKind.DEADLINE && v.extension().equals("cb2-hostile"));
        Hostile.assertWitnessWorks(f);
    }

    @Test
    void recursion_isAStackViolation() {
        play("recurse");
        assertThat(f.violations)
                .anyMatch(v -> v.limit() == LimitKind.STACK && v.extension().equals("cb2-hostile"));
        Hostile.assertWitnessWorks(f);
    }

    @Test
    void noticeFlood_isCutAtTheRate() {
        Outcome out = play("flood");
        assertThat(out.actions().size()).isLessThan(1000);
        assertThat(f.violations).anyMatch(v -> v.limit() == LimitKind.NOTICE_RATE);
    }

    @Test
    void timerFlood_isCutAtTheCount() {
        play("timers");
        assertThat(f.violations).anyMatch(v -> v.limit() == LimitKind.TIMER_COUNT);
    }

    @Test
    void escapingTheHandlerWrapper_onlyRunsLoadTimeCode() {
        Room room = f.room("hostile-escape");
        ExtensionSource escape = Cb2Harness.inline(
                "cb2-escape", Map.of("tipReceived.js", "}); $room.sendNotice('escaped'); (function () {"));
        assertThatThrownBy(() -> f.install(InstanceSpec.of(escape, room.id(), room.lane(), f.store, Fixture.ALL)
                        .withLimits(Hostile.TIGHT)))
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("can only be called from a handler");
    }
}
