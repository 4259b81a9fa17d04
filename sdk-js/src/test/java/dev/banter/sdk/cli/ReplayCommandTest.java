package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    @Test
    void replay_recordedStream_matchesGoldenOutput() throws Exception {
        Path project = Cli.fixture("tipgoal", tmp);

        Cli.Run run = Cli.run(
                "replay",
                project.toString(),
                "--events",
                GOLDEN.resolve("tipgoal-events.jsonl").toString(),
                "-s",
                "goal=100");

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualToNormalizingNewlines(Files.readString(GOLDEN.resolve("tipgoal-replay.jsonl")));
    }

    @Test
    void runRecord_thenReplay_givesTheSameOutcomes() throws Exception {
        Path project = Cli.fixture("tipgoal", tmp);
        Path record = tmp.resolve("session.jsonl");
        String input = "hello\n/as bob\nbuy scamcoin\n/tip carol 70 yay\n/enter dave\n/advance 5m\n/kv\n/quit\n";

        Cli.Run run = Cli.runWithInput(input, "run", project.toString(), "--record", record.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("reject (scam)")
                .contains("ban {user=bob, reason=scam}")
                .contains("notice to carol: Thank you carol!")
                .contains("subject: Goal: 70/100")
                .contains("notice: Help us reach 100!")
                .contains("kv: {total=70}");
        assertThat(Files.readAllLines(record))
                .containsExactly(
                        "{\"chat\":{\"user\":\"viewer\",\"body\":\"hello\"}}",
                        "{\"chat\":{\"user\":\"bob\",\"body\":\"buy scamcoin\"}}",
                        "{\"tip\":{\"user\":\"carol\",\"amount\":70,\"note\":\"yay\"}}",
                        "{\"enter\":{\"user\":\"dave\"}}",
                        "{\"advance\":\"5m\"}");

        Cli.Run replay = Cli.run("replay", project.toString(), "--events", record.toString());
        assertThat(replay.code()).isZero();
        assertThat(replay.out())
                .contains("{\"step\":2,\"kind\":\"outcome\",\"type\":\"chat.message\",\"user\":\"bob\","
                        + "\"verdict\":\"reject\",\"reason\":\"scam\"}")
                .contains("{\"step\":5,\"kind\":\"time\",\"at\":\"2026-01-01T00:05:00Z\"}");
    }

    @Test
    void replay_badLine_namesLineAndColumn() throws Exception {
        Path project = Cli.fixture("tipgoal", tmp);
        Path events = tmp.resolve("bad.jsonl");
        Files.writeString(
                events,
                "{\"chat\":{\"user\":\"bob\",\"body\":\"hi\"}}\n{\"tip\":{\"user\":\"bob\",\"amount\":\"ten\"}}\n");

        Cli.Run run = Cli.run("replay", project.toString(), "--events", events.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("bad.jsonl:2:").contains("tip.amount").contains("\"ten\"");
    }
}
