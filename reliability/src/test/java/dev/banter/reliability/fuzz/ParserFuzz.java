package dev.banter.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.banter.reliability.Inputs;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing with Jazzer, only in the {@code fuzz} profile ({@code -Pfuzz}, which sets
 * {@code JAZZER_FUZZ=1}): each target runs for its {@code maxDuration}. Inputs that crashed a target are kept under
 * {@code src/test/resources/dev/banter/reliability/fuzz/ParserFuzzInputs/<target>/} and replayed on every run, and
 * each becomes a case in {@code ParserFuzzProperties} too.
 */
class ParserFuzz {

    @FuzzTest(maxDuration = "2m")
    void codec(byte[] json) {
        Inputs.decode(json);
    }

    @FuzzTest(maxDuration = "2m")
    void manifest(byte[] json) {
        Inputs.parseManifest(new String(json, StandardCharsets.UTF_8));
    }
}
