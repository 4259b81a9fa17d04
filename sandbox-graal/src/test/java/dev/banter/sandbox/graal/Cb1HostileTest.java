package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Hostile.TIGHT;
import static dev.banter.sandbox.graal.Hostile.assertContained;
import static dev.banter.sandbox.graal.Hostile.assertWitnessWorks;
import static dev.banter.sandbox.graal.Hostile.chat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.ExtensionException;
import dev.banter.api.handler.Outcome;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.ViolationPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hostile attacks that mean something for {@code cb/1}, in a cb/1 app ({@code cb1/hostile.js}): the shared
 * hardening, the limits and the containment hold as they do for {@code banter/1}, and a benign banter/1 witness in
 * another room keeps working.
 */
class Cb1HostileTest {

    private static final SandboxLimits LIMITS =
            TIGHT.with(LimitKind.DEADLINE, 500).with(LimitKind.ALLOCATION, 256L << 20);

    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("probe", "");
        EXPECTED.put("tamper", "");
        EXPECTED.put("after", "");
        EXPECTED.put("loop", "deadline exceeded by ");
        EXPECTED.put("settings", "deadline exceeded by ");
        EXPECTED.put("buffer", "over the allocation budget");
        EXPECTED.put("typed", "over the allocation budget");
        EXPECTED.put("repeat", "over the allocation budget");
        EXPECTED.put("recursion", "stack exceeded|deadline exceeded"); // a busy machine may stop it first
        EXPECTED.put("flood", "");
        EXPECTED.put("garbage", "failed on chat.message: Error");
        EXPECTED.put("unknown", "unexpected attack unknown");
        EXPECTED.put("subject", "TypeError");
    }

    @Test
    void everyAttack_isContained_andEndsAsExpected() {
        try (Fixture f = Hostile.fixture()) {
            Hostile.witness(f);
            f.install(Cb1Room.spec(f, "hostile", "cbhostile", Cb1Room.app("hostile.js"))
                    .withLimits(LIMITS)
                    .withPolicy(ViolationPolicy.defaults().quarantineAfter(1_000, Duration.ofMinutes(1))));
            List<String> wrong = new ArrayList<>();
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (Map.Entry<String, String> c : EXPECTED.entrySet()) {
                Outcome out = assertContained(chat(f, c.getKey()));
                outcomes.put(c.getKey(), out);
                String got = Cb1Room.failure(out);
                boolean ok = c.getValue().isEmpty()
                        ? got.isEmpty()
                        : java.util.Arrays.stream(c.getValue().split("\\|")).anyMatch(got::contains);
                if (!ok) {
                    wrong.add(c.getKey() + ": expected '" + c.getValue() + "', got '" + got + "'");
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(Cb1Room.notices(outcomes.get("probe"))).containsExactly("reached: ");
            // 120 a minute, and the probe and the tamper check sent one each
            assertThat(Cb1Room.notices(outcomes.get("flood"))).hasSize(118);
            assertThat(f.violations).anySatisfy(v -> assertThat(v.limit()).isEqualTo(LimitKind.NOTICE_RATE));
            // tampering with builtins and with cb.sendNotice changes nothing the dialect itself relies on
            assertThat(Cb1Room.notices(outcomes.get("after"))).containsExactly("still here");
            assertWitnessWorks(f);
        }
    }

    @Test
    void loopAtLoad_isStoppedByTheLoadDeadline() {
        try (Fixture f = Hostile.fixture()) {
            Hostile.witness(f);
            assertThatThrownBy(() -> f.sandbox.instantiate(
                            Cb1Room.spec(f, "spin", "while (true) {}").withLimits(TIGHT)))
                    .isInstanceOfSatisfying(
                            ExtensionException.class,
                            e -> assertThat(e.limit()).contains(LimitKind.LOAD_DEADLINE.key()));
            assertWitnessWorks(f);
        }
    }
}
