package dev.banter.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code banter profile} reports what each handler call cost in statements and bytes, against the budgets. */
class ProfileCostsTest {

    private static final long MIB = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private Path project;

    @BeforeEach
    void writeProject() throws IOException {
        project = tmp.resolve("costs");
        Files.createDirectories(project);
        Files.writeString(project.resolve("banter.json"), """
                {"id": "costs", "name": "Costs", "version": "1.0.0", "kind": "bot", "api": "banter/1",
                 "main": "main.js", "types": ["chat.message", "tip"], "permissions": []}
                """);
        Files.writeString(project.resolve("main.js"), """
                // a chat line runs as many loop rounds as its body says; a tip builds a string of 1 MiB
                let kept = '';
                banter.on('chat.message', (m, ctx) => {
                  let sum = 0;
                  for (let i = 0; i < Number(m.body); i++) {
                    sum += i;
                  }
                  if (sum < 0) ctx.reject('never');
                });
                banter.on('tip', (t, ctx) => {
                  kept = 'x'.repeat(1048576 - 1) + t.amount;
                });
                """);
    }

    @Test
    void profile_json_reportsStatementsAndBytesPerHandler_againstTheBudgets() throws IOException {
        JsonNode doc = profile(events("0", 6, 6));

        JsonNode chat = doc.at("/handlers/ext:costs");
        JsonNode tip = doc.at("/handlers/ext:costs.observe");
        for (JsonNode handler : List.of(chat, tip)) {
            for (String budget : List.of("statements", "allocation")) {
                for (String field : List.of("calls", "mean", "p99", "max", "limit")) {
                    assertThat(handler.at("/" + budget + "/" + field).isNumber())
                            .as(budget + "." + field + " of " + handler)
                            .isTrue();
                }
            }
        }
        assertThat(chat.at("/statements/calls").asLong()).isEqualTo(6);
        assertThat(tip.at("/allocation/calls").asLong()).isEqualTo(6);
        assertThat(chat.at("/statements/limit").asLong()).isEqualTo(1_000_000);
        assertThat(chat.at("/allocation/limit").asLong()).isEqualTo(32 * MIB);
        assertThat(chat.at("/statements/unit").asString()).isEqualTo("statements");
        assertThat(tip.at("/allocation/unit").asString()).isEqualTo("bytes");

        long big = tip.at("/allocation/mean").asLong();
        assertThat(big).as("a 1 MiB string per call").isBetween(MIB, 32 * MIB);
        assertThat(big).isGreaterThan(chat.at("/allocation/mean").asLong());
        assertThat(tip.at("/allocation/max").asLong())
                .isGreaterThanOrEqualTo(tip.at("/allocation/p99").asLong());
        assertThat(tip.at("/allocation/p99").asLong()).isGreaterThanOrEqualTo(big);
    }

    @Test
    void profile_json_recommendsBudgetsAtLeastTheLargestCall_withinThePlatformMaxima() throws IOException {
        JsonNode doc = profile(events("500", 2, 2));

        for (String budget : List.of("statements", "allocation")) {
            JsonNode limit = doc.at("/limits/" + budget);
            long used = limit.at("/used").asLong();
            long recommended = limit.at("/recommended").asLong();
            long largest = Math.max(
                    doc.at("/handlers/ext:costs/" + budget + "/max").asLong(),
                    doc.at("/handlers/ext:costs.observe/" + budget + "/max").asLong());
            assertThat(used).as(budget + " used").isEqualTo(largest).isPositive();
            assertThat(recommended).as(budget + " recommended").isGreaterThanOrEqualTo(used);
            assertThat(recommended).isLessThanOrEqualTo(limit.at("/limit").asLong());
        }
    }

    @Test
    void profile_statements_growExactlyWithTheRoundsOfALoop() throws IOException {
        long ten = profile(events("10", 2, 0))
                .at("/handlers/ext:costs/statements/max")
                .asLong();
        long thousand = profile(events("1000", 2, 0))
                .at("/handlers/ext:costs/statements/max")
                .asLong();

        assertThat(ten).isPositive();
        assertThat(thousand).isGreaterThan(ten);
        assertThat((thousand - ten) % 990).as("the same statements per round").isZero();
    }

    @Test
    void profile_text_showsBothBudgetsPerHandler() throws IOException {
        Cli.Run run = Cli.run(
                "profile", project.toString(), "--events", events("3", 1, 1).toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("handler ext:costs ")
                .containsPattern("statements per call +mean +\\d+ +p99 +\\d+ +max +\\d+ +limit +1000000 statements")
                .containsPattern("bytes per call +mean +\\d+ +p99 +\\d+ +max +\\d+ +limit +33554432 bytes")
                .containsPattern("statements +\\d+ +1000000 +\\d+ +statements")
                .contains("no limit was broken");
    }

    private JsonNode profile(Path events) {
        Cli.Run run = Cli.run("profile", project.toString(), "--events", events.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    /** {@code chats} chat lines with {@code body}, then {@code tips} tips. */
    private Path events(String body, int chats, int tips) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < chats; i++) {
            lines.add("{\"chat\":{\"user\":\"bob\",\"body\":\"" + body + "\"}}");
        }
        for (int i = 0; i < tips; i++) {
            lines.add("{\"tip\":{\"user\":\"carol\",\"amount\":" + (i + 1) + ",\"note\":\"\"}}");
        }
        Path file = tmp.resolve("events-" + body + "-" + chats + "-" + tips + ".jsonl");
        Files.write(file, lines);
        return file;
    }
}
