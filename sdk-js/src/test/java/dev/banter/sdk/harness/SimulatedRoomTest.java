package dev.banter.sdk.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.action.Ban;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.room.Role;
import dev.banter.api.room.User;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harness as a library: one room driven by hand, then scenarios run against it. */
class SimulatedRoomTest {

    private static final Path TIPGOAL = Path.of("src/test/resources/projects/tipgoal");
    private static ExtensionProject project;
    private static SimulatedRoom room;

    @BeforeAll
    static void open() {
        project = ExtensionProject.load(TIPGOAL);
        room = SimulatedRoom.newBuilder(project)
                .settings(Map.of("goal", 50))
                .owner("alice")
                .kv(Map.of("total", "10"))
                .build();
    }

    @AfterAll
    static void close() {
        room.close();
    }

    @Test
    void startResult_hasTheTimerTheStartHandlerScheduled() {
        assertThat(room.startResult().views())
                .extracting(ActionViews.View::kind)
                .containsExactly("timer");
    }

    @Test
    void send_recordsVerdictActionsKvAndSubject() {
        StepResult ban = room.send(SimEvent.chat(User.viewer("mallory"), "scamcoin!"));
        assertThat(ban.verdict()).isEqualTo(StepVerdict.REJECT);
        assertThat(ban.actions()).containsExactly(new Ban("mallory", "scam"));

        StepResult tip = room.send(SimEvent.tip(User.viewer("bob"), 45, ""));
        assertThat(tip.verdict()).isEqualTo(StepVerdict.PASS);
        assertThat(tip.notices()).extracting(n -> n.text()).contains("Thank you bob!", "Goal reached!");
        assertThat(room.kv()).containsEntry("total", "55");
        assertThat(room.subject()).isEqualTo("Goal: 55/50");
    }

    @Test
    void send_ownerGetsTheOwnerRole_andCommandsAreRouted() {
        StepResult r = room.send(SimEvent.command(User.of("alice", Role.MODERATOR), "goal", List.of()));
        assertThat(r.notices())
                .singleElement()
                .satisfies(n -> assertThat(n.text()).startsWith("Goal: "));
    }

    @Test
    void advance_firesDueTimersInVirtualTime() {
        StepResult r = room.advance(Duration.ofMinutes(10));
        assertThat(r.notices()).extracting(n -> n.text()).containsExactly("Help us reach 50!", "Help us reach 50!");
        assertThat(r.verdict()).isNull();
    }

    @Test
    void send_anyRegisteredType_goesThroughTheCodec() {
        StepResult r = room.send(SimEvent.of(
                "media.purchase", User.viewer("erin"), Map.of("mediaType", "photo", "mediaName", "set1", "price", 50)));
        assertThat(r.verdict()).isEqualTo(StepVerdict.PASS);
        assertThat(r.violations()).isEmpty();
    }

    @Test
    void send_invalidPayload_namesTheField() {
        assertThatThrownBy(() -> room.send(SimEvent.of("tip", User.viewer("bob"), Map.of("amount", "ten"))))
                .isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void build_settingsOutsideTheSchema_nameTheValue() {
        assertThatThrownBy(() -> SimulatedRoom.newBuilder(project)
                        .settings(Map.of("goal", 0))
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("values.goal");
    }

    @Test
    void run_scenarioFromTheProject_passes_andAWrongOneReportsEachKey() {
        Scenario good = Scenarios.loadAll(TIPGOAL).getFirst();
        assertThat(ScenarioRunner.run(project, good).report()).startsWith("PASS");

        Scenario wrong = Scenarios.parse("""
                steps:
                  - chat: { user: bob, body: "FINE" }
                    expect: { verdict: pass, body: "FINE", violations: [deadline] }
                final:
                  kv: { total: 1, missing: null }
                """, "scenarios/wrong.yaml");
        ScenarioResult result = ScenarioRunner.run(project, wrong);
        assertThat(result.passed()).isFalse();
        assertThat(result.mismatches())
                .extracting(Mismatch::key)
                .containsExactly("verdict", "body", "violations", "kv.total");
        assertThat(result.mismatches().getFirst().actual()).isEqualTo("modify");
        assertThat(result.report())
                .contains("step 1, scenarios/wrong.yaml:2:")
                .contains("final, scenarios/wrong.yaml:5");
    }

    @Test
    void sameJson_comparesNumbersByValue() {
        assertThat(ScenarioRunner.sameJson("1", "1.0")).isTrue();
        assertThat(ScenarioRunner.sameJson("{\"a\":[1,2]}", "{\"a\":[1,2.0]}")).isTrue();
        assertThat(ScenarioRunner.sameJson("{\"a\":1}", "{\"a\":2}")).isFalse();
        assertThat(ScenarioRunner.sameJson(null, "1")).isFalse();
    }
}
