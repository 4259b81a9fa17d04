package dev.banter.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.banter.tck.wrong.DeadlineIgnoringSandboxCase;
import dev.banter.tck.wrong.DroppingSinkCase;
import dev.banter.tck.wrong.LosingStoreCase;
import dev.banter.tck.wrong.ReorderingRuntimeCase;
import dev.banter.tck.wrong.ReorderingSinkCase;
import dev.banter.tck.wrong.RepeatingSinkCase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The TCK catches implementations that are wrong on purpose, and says which rule they broke and what it expected
 * against what it got.
 */
class WrongImplementationsTest {

    /** Runs one verification test against a wrong implementation and answers its failure message. */
    private static String failureOf(Class<?> testClass, String method) {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(testClass, method))
                .execute()
                .testEvents();
        List<Event> failed = tests.failed().list();
        assertThat(failed)
                .as(
                        "%s.%s should fail against the wrong implementation; events: %s",
                        testClass.getSimpleName(), method, tests.list())
                .hasSize(1);
        Throwable thrown = failed.getFirst()
                .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                .getThrowable()
                .orElseThrow();
        assertThat(thrown).isInstanceOf(AssertionError.class);
        return thrown.getMessage();
    }

    @Test
    void losingStore_failsTheModelRule_namingTheHistory() {
        String message = failureOf(LosingStoreCase.class, "required_spec9_11_historiesMatchASortedMap");
        assertThat(message).contains("spec 9.11 (MUST:", "history 0 (seed 42)", "Expecting");
    }

    @Test
    void losingStore_failsTheGetRule_withExpectedAndActual() {
        String message = failureOf(LosingStoreCase.class, "required_spec9_6_writeAppliesPutsAndDeletesTogether");
        assertThat(message).contains("spec 9.6 (MUST:");
    }

    @Test
    void deadlineIgnoringSandbox_failsTheDeadlineRule_namingTheLimitAsked() {
        String message = failureOf(DeadlineIgnoringSandboxCase.class, "required_spec8_1_deadlineStopsARunawayHandler");
        assertThat(message).contains("spec 8.1 (MUST: `deadline`", "limitValue", "50", "500");
    }

    @Test
    void reorderingRuntime_failsTheOrderingRule_showingTheOrder() {
        String message =
                failureOf(ReorderingRuntimeCase.class, "required_spec3_6_eachRoomRunsInSubmissionOrderOneAtATime");
        assertThat(message).contains("spec 3.6 (MUST:", "order in room", "of submitter");
    }

    @Test
    void droppingSink_failsExactlyOnce_showingTheMissingAction() {
        String message = failureOf(DroppingSinkCase.class, "required_spec5_4_everyActionExactlyOnceInRoomOrder");
        assertThat(message).contains("spec 5.4 (MUST:", "sequence:text", "25:m12/a");
    }

    @Test
    void reorderingSink_failsTheRoomOrder() {
        String message = failureOf(ReorderingSinkCase.class, "required_spec5_4_everyActionExactlyOnceInRoomOrder");
        assertThat(message).contains("spec 5.4 (MUST:", "sequence:text", "2:m0/b");
    }

    @Test
    void repeatingSink_failsTheRedeliveryRecommendation() {
        String message = failureOf(RepeatingSinkCase.class, "recommended_spec5_5_redeliveredEnvelopeIsCarriedOutOnce");
        assertThat(message).contains("spec 5.5 (SHOULD:", "once", "twice");
    }
}
