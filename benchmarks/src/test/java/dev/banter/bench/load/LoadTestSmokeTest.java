package dev.banter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generator end to end at a tiny rate for a few seconds: counts, the exactly-once tip check, the two files. */
class LoadTestSmokeTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return LoadTest.run(
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8),
                args);
    }

    @Test
    void smoke_countsEveryEvent_checksTipsOnce_andWritesJsonAndHtml() throws Exception {
        int status = run(
                "--scenario", "smoke",
                "--rate", "60",
                "--duration", "2",
                "--warmup", "0.5",
                "--mega-extensions", "tally,wordfilter",
                "--extensions", "tally,tipcounter,welcome",
                "--out", out.toString());

        assertThat(status).as("stderr: %s", stderr).isZero();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("[smoke measure", "sent", "p99");
        JsonNode result = new JsonMapper().readTree(Files.readString(out.resolve("smoke.json")));
        assertThat(result.get("passed").asBoolean()).isTrue();
        JsonNode run = result.get("runs").get(0);
        assertThat(run.get("rooms").asInt()).isEqualTo(4);
        assertThat(run.get("instances").asLong()).isEqualTo(2 + 3 * 3);
        long sent = 0;
        for (JsonNode phase : run.get("phases")) {
            assertThat(phase.get("completed").asLong())
                    .isEqualTo(phase.get("sent").asLong());
            assertThat(phase.get("failures").asLong()).isZero();
            sent += phase.get("sent").asLong();
        }
        assertThat(sent).isGreaterThan(50);
        JsonNode tips = run.get("tips");
        assertThat(tips.get("passed").asBoolean()).isTrue();
        assertThat(tips.get("sent").asLong())
                .isPositive()
                .isEqualTo(tips.get("outcomes").asLong());
        assertThat(tips.get("kvTips").asLong()).isEqualTo(tips.get("delivered").asLong());
        assertThat(tips.get("kvTokens").asLong())
                .isEqualTo(tips.get("deliveredTokens").asLong());
        assertThat(run.get("handlers").toString()).contains("ext:tally", "wordfilter", "tipcounter");
        String html = Files.readString(out.resolve("smoke.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "percentile", "throughput over time");
        assertThat(html).doesNotContain("<script src", "<link ");
    }

    @Test
    void noisyNeighbour_comparesTheHostileRun_withTheMeanOfTheQuietRunsAroundIt() throws Exception {
        Path hostile = Path.of(System.getProperty("banter.shared", "../../shared"), "hostile", "loop-in-handler.js")
                .toAbsolutePath()
                .normalize();
        int status = run(
                "--scenario", "noisy-neighbour",
                "--scale", "0.02",
                "--rate", "100",
                "--duration", "1.5",
                "--warmup", "0.5",
                "--hostile", hostile.toString(),
                "--out", out.toString());

        assertThat(status).as("stderr: %s", stderr).isIn(0, 1);
        JsonNode result = new JsonMapper().readTree(Files.readString(out.resolve("noisy-neighbour.json")));
        JsonNode runs = result.get("runs");
        assertThat(runs)
                .extracting(r -> r.get("label").asString())
                .containsExactly(
                        "with the hostile room",
                        "without the hostile room (JVM warm-up)",
                        "without the hostile room (before)",
                        "without the hostile room (after)");
        double with = p99(runs.get(0));
        double base = (p99(runs.get(2)) + p99(runs.get(3))) / 2;
        assertThat(result.get("noisyRatio").asDouble()).isCloseTo(with / base, within(1e-9));
        assertThat(runs.get(0).get("violations").toString()).contains("statements");
        assertThat(result.get("goals").toString()).contains("just before and after");
    }

    private static double p99(JsonNode run) {
        JsonNode measured = run.get("phases").get(run.get("phases").size() - 1);
        return measured.get("outcomes").get("p99Ms").asDouble();
    }

    @Test
    void soakSampling_samplesTheJvm_judgesTheTrends_andReportsIt() throws Exception {
        int status = run(
                "--scenario", "smoke",
                "--rate", "60",
                "--duration", "8",
                "--warmup", "0.5",
                "--soak-sample", "1",
                "--out", out.toString());

        JsonNode result = new JsonMapper().readTree(Files.readString(out.resolve("smoke.json")));
        JsonNode run = result.get("runs").get(0);
        assertThat(run.get("phases").get(1).get("label").asString()).isEqualTo("soak");
        JsonNode soak = run.get("soak");
        assertThat(soak.get("samples").size()).isBetween(6, 9);
        // one forced collection a sample, counted apart from the runtime's pauses
        assertThat(soak.get("forcedCollections").asLong()).isGreaterThanOrEqualTo(6);
        JsonNode first = soak.get("samples").get(0);
        assertThat(first.get("heapAfterGcKiB").asLong()).isPositive();
        assertThat(first.get("threads").asInt()).isPositive();
        assertThat(soak.get("toleranceMiB").asDouble()).isGreaterThanOrEqualTo(8);
        // Eight seconds are too short for the heap to have settled (the JIT is still growing its caches), so the
        // verdict may go either way; what must hold is that it decides the run: a failed soak fails it, naming why.
        boolean held = soak.get("passed").asBoolean();
        assertThat(held).isEqualTo(soak.get("problems").isEmpty());
        assertThat(result.get("passed").asBoolean()).isEqualTo(held);
        assertThat(status).as("stdout: %s stderr: %s", stdout, stderr).isEqualTo(held ? 0 : 1);
        if (!held) {
            assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("FAILED: smoke: soak: ");
        }
        assertThat(Files.readString(out.resolve("smoke.html"))).contains("Soak: ", "heap after a full GC");
    }

    @Test
    void tipCheck_withoutTally_failsTheRunWithStatus1() {
        int status = run(
                "--scenario",
                "smoke",
                "--rate",
                "40",
                "--duration",
                "1",
                "--warmup",
                "0",
                "--mega-extensions",
                "wordfilter",
                "--extensions",
                "welcome",
                "--quiet",
                "--out",
                out.toString());

        assertThat(status).isEqualTo(1);
        assertThat(stdout.toString(StandardCharsets.UTF_8))
                .contains("FAILED", "tips not accounted exactly once", "no room runs the 'tally' extension");
        assertThat(out.resolve("smoke.json")).exists();
    }

    @Test
    void inFlight_keepsAtMostThatManyOutstanding_andSendsAsFastAsTheyComplete() throws Exception {
        int status = run(
                "--scenario", "smoke",
                "--rate", "10",
                "--duration", "1",
                "--warmup", "0",
                "--in-flight", "1",
                "--mega-extensions", "tally",
                "--extensions", "tally,tipcounter",
                "--out", out.toString());

        assertThat(status).as("stderr: %s", stderr).isZero();
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("closed loop with 1 events in flight", "(closed loop)", "cores busy: lanes ");
        JsonNode run = new JsonMapper()
                .readTree(Files.readString(out.resolve("smoke.json")))
                .get("runs")
                .get(0);
        JsonNode phase = run.get("phases").get(0);
        assertThat(phase.get("completed").asLong()).isEqualTo(phase.get("sent").asLong());
        // one event at a time, yet far more than the 10/s of --rate
        assertThat(phase.get("sent").asLong()).isGreaterThan(200);
        assertThat(run.get("runtime").get("maxQueueDepth").asLong()).isEqualTo(1);
        assertThat(run.get("tips").get("passed").asBoolean()).isTrue();
        assertThat(Files.readString(out.resolve("smoke.html"))).contains("closed loop");
    }

    @Test
    void badOption_exits2_namingTheOptionAndValue() {
        assertThat(run("--scenario", "nope", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--scenario: no preset 'nope'");

        stderr.reset();
        assertThat(run("--rate", "-5", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--rate", "-5.0");

        stderr.reset();
        assertThat(run("--in-flight", "0", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--in-flight: must be at least 1", "was 0");

        stderr.reset();
        assertThat(run("--in-flight", "64", "--find-max", "--out", out.toString()))
                .isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--in-flight 64", "--find-max");

        stderr.reset();
        assertThat(run("--extensions", "w9", "--quiet", "--out", out.toString()))
                .isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("extension 'w9' is unknown");
    }
}
