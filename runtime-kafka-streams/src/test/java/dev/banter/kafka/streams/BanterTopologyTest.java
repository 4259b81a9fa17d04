package dev.banter.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateScope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.core.extension.FileSystemCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The topology's semantics without a broker: outcomes, actions, order, state, timers and restore. */
class BanterTopologyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final List<String> restored = new CopyOnWriteArrayList<>();
    private FileSystemCatalog catalog;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> events;
    private TestOutputTopic<String, String> outcomes;
    private TestOutputTopic<String, String> actions;

    @BeforeEach
    void start() {
        catalog = Tally.catalog(dir.resolve("catalog"));
        open(BanterStreams.newBuilder());
    }

    private void open(BanterStreams.Builder builder) {
        BanterStreams banter = builder.catalog(catalog)
                .listener(new TaskListener() {
                    @Override
                    public void restored(String task, int rooms, Duration took) {
                        restored.add(task + ":" + rooms);
                    }
                })
                .build();
        Properties props = BanterStreams.streamsConfig("banter-test", "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        driver = new TopologyTestDriver(banter.topology(), props, T0);
        events = driver.createInputTopic(banter.eventsTopic(), new StringSerializer(), new ByteArraySerializer());
        outcomes = driver.createOutputTopic(banter.outcomesTopic(), new StringDeserializer(), new StringDeserializer());
        actions = driver.createOutputTopic(banter.actionsTopic(), new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void control(String room, String command, byte[] body) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(BanterStreams.CONTROL_HEADER, command.getBytes(StandardCharsets.UTF_8));
        events.pipeInput(new TestRecord<>(room, body, headers, T0));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** Each output record as "room field", in order. */
    private static List<String> read(TestOutputTopic<String, String> topic, String field) {
        List<String> out = new ArrayList<>();
        for (KeyValue<String, String> kv : topic.readKeyValuesToList()) {
            out.add(kv.key + " " + json(kv.value).path(field).asString());
        }
        return out;
    }

    private List<String> noticeTexts() {
        List<String> out = new ArrayList<>();
        for (KeyValue<String, String> kv : actions.readKeyValuesToList()) {
            out.add(kv.key + " " + json(kv.value).path("action").path("text").asString());
        }
        return out;
    }

    @Test
    void install_thenTips_produceOutcomesAndActionsPerRoomInOrder() {
        control("alice", "install", Tally.INSTALL);
        control("bob", "install", Tally.INSTALL);
        assertThat(read(outcomes, "status")).containsExactly("alice DONE", "bob DONE");

        events.pipeInput("alice", Tally.tip("a1", "alice", 10));
        events.pipeInput("bob", Tally.tip("b1", "bob", 5));
        events.pipeInput("alice", Tally.tip("a2", "alice", 20));
        events.pipeInput("alice", Tally.tip("a3", "alice", 1));
        events.pipeInput("bob", Tally.tip("b2", "bob", 7));

        List<KeyValue<String, String>> out = outcomes.readKeyValuesToList();
        assertThat(out)
                .extracting(kv -> kv.key + " " + json(kv.value).path("id").asString() + " "
                        + json(kv.value).path("status").asString())
                .containsExactly(
                        "alice a1 DELIVERED",
                        "bob b1 DELIVERED",
                        "alice a2 DELIVERED",
                        "alice a3 DELIVERED",
                        "bob b2 DELIVERED");
        assertThat(json(out.getFirst().value).path("actions").asInt()).isEqualTo(1);
        assertThat(json(out.getFirst().value)
                        .path("trace")
                        .get(0)
                        .path("handler")
                        .asString())
                .isEqualTo("ext:tally.observe");
        List<KeyValue<String, String>> acts = actions.readKeyValuesToList();
        assertThat(acts)
                .extracting(kv -> kv.key + " "
                        + json(kv.value).path("action").path("text").asString())
                .containsExactly(
                        "alice tip 1 sum 10",
                        "bob tip 1 sum 5",
                        "alice tip 2 sum 30",
                        "alice tip 3 sum 31",
                        "bob tip 2 sum 12");
        JsonNode first = json(acts.getFirst().value);
        assertThat(first.path("id").asString()).isEqualTo("a1/1");
        assertThat(first.path("kind").asString()).isEqualTo("notice");
        assertThat(first.path("handler").asString()).isEqualTo("ext:tally.observe");
        assertThat(first.path("message").asString()).isEqualTo("a1");
        assertThat(first.path("action").path("to").asString()).isEqualTo("everyone");
    }

    @Test
    void manyEvents_inOneRoom_comeOutInTheirOrder() {
        control("alice", "install", Tally.INSTALL);
        outcomes.readKeyValuesToList();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = "m" + i;
            ids.add("alice " + id);
            events.pipeInput("alice", i % 2 == 0 ? Tally.tip(id, "alice", 1) : Tally.chat(id, "alice", "hello " + i));
        }

        assertThat(read(outcomes, "id")).containsExactlyElementsOf(ids);
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            expected.add("alice tip " + n + " sum " + n);
        }
        assertThat(noticeTexts()).containsExactlyElementsOf(expected);
    }

    @Test
    void tips_keepTheirKvInTheTaskStore() {
        control("alice", "install", Tally.INSTALL);
        events.pipeInput("alice", Tally.tip("a1", "alice", 10));
        events.pipeInput("alice", Tally.tip("a2", "alice", 15));

        KeyValueStore<String, String> kv = driver.getKeyValueStore("banter-state");
        KafkaStateStore state = KafkaStateStore.over(kv);
        StateScope scope = new StateScope("tally", RoomId.of("alice"));
        assertThat(state.get(scope, "tips")).contains("2");
        assertThat(state.get(scope, "amount")).contains("25");
        assertThat(state.keys(new StateScope("banter:installations", RoomId.of("alice"))))
                .as("the installation is stored with the room's state")
                .isNotEmpty();
    }

    @Test
    void timers_fireOnWallClockPunctuation() {
        control("alice", "install", Tally.INSTALL);
        events.pipeInput("alice", Tally.chat("c1", "alice", "!remind"));
        assertThat(noticeTexts()).isEmpty();

        driver.advanceWallClockTime(Duration.ofSeconds(4));
        assertThat(noticeTexts()).isEmpty();
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        assertThat(noticeTexts()).containsExactly("alice reminder 1");
        driver.advanceWallClockTime(Duration.ofSeconds(5));
        driver.advanceWallClockTime(Duration.ofSeconds(5));
        assertThat(noticeTexts()).containsExactly("alice reminder 2", "alice reminder 3");
    }

    @Test
    void timers_fireOnStreamTime_whenChosen() {
        driver.close();
        open(BanterStreams.newBuilder().timeMode(TimeMode.STREAM_TIME));
        control("alice", "install", Tally.INSTALL);
        events.pipeInput("alice", Tally.chat("c1", "alice", "!remind"), T0);
        driver.advanceWallClockTime(Duration.ofMinutes(1));
        assertThat(noticeTexts())
                .as("wall-clock time does not move stream time")
                .isEmpty();

        events.pipeInput("alice", Tally.tip("a1", "alice", 3), T0.plusSeconds(11));

        assertThat(noticeTexts()).containsExactly("alice reminder 1", "alice reminder 2", "alice tip 1 sum 3");
    }

    @Test
    void restart_onTheRestoredStore_rebuildsRoomsWithKvAndTimers() {
        control("alice", "install", Tally.INSTALL);
        events.pipeInput("alice", Tally.tip("a1", "alice", 10));
        events.pipeInput("alice", Tally.chat("c1", "alice", "!remind"));
        List<KeyValue<String, String>> saved = new ArrayList<>();
        try (KeyValueIterator<String, String> it =
                driver.<String, String>getKeyValueStore("banter-state").all()) {
            it.forEachRemaining(saved::add);
        }
        driver.close();

        // A new owner: its store holds what the changelog held, then the first record arrives.
        open(BanterStreams.newBuilder());
        driver.<String, String>getKeyValueStore("banter-state").putAll(saved);
        events.pipeInput("alice", Tally.tip("a2", "alice", 5));

        assertThat(restored).last().isEqualTo("0_0:1");
        assertThat(noticeTexts()).containsExactly("alice tip 2 sum 15");
        driver.advanceWallClockTime(Duration.ofSeconds(5));
        assertThat(noticeTexts()).as("the restored timer goes on").containsExactly("alice reminder 1");
    }

    @Test
    void hostHandlers_fromTheRuntimeConfiguration_runInEveryRoom() {
        driver.close();
        open(BanterStreams.newBuilder()
                .runtime(b -> b.preHandler(HandlerSpec.of(
                                "no-scam",
                                (m, ctx) -> m.payload(BuiltinTypes.CHAT_MESSAGE)
                                                .body()
                                                .contains("scamcoin")
                                        ? Verdict.reject("scam")
                                        : Verdict.pass())
                        .on(Subscription.to("chat.message")))));

        events.pipeInput("alice", Tally.chat("c1", "alice", "buy scamcoin"));
        events.pipeInput("alice", Tally.chat("c2", "alice", "hello"));

        assertThat(outcomes.readValuesToList())
                .extracting(v -> json(v).path("status").asString() + " "
                        + json(v).path("reason").asString(""))
                .containsExactly("REJECTED scam", "DELIVERED ");
    }

    @Test
    void badRecords_becomeInvalidOutcomes_andTheStreamGoesOn() {
        events.pipeInput("alice", "{\"id\": 1}".getBytes(StandardCharsets.UTF_8));
        events.pipeInput("alice", Tally.tip("b1", "bob", 5));
        events.pipeInput("no room!", Tally.tip("x", "alice", 5));
        control("alice", "reboot", Tally.INSTALL);
        control(
                "alice",
                "install",
                "{\"extension\": \"nope\", \"version\": \"1.0.0\", \"actor\": \"ops\"}"
                        .getBytes(StandardCharsets.UTF_8));
        events.pipeInput("alice", Tally.tip("a1", "alice", 5));

        List<String> reasons = new ArrayList<>();
        for (String v : outcomes.readValuesToList()) {
            reasons.add(json(v).path("status").asString() + ": "
                    + json(v).path("reason").asString(""));
        }
        assertThat(reasons).hasSize(6);
        assertThat(reasons.get(0)).startsWith("INVALID: ").contains("id");
        assertThat(reasons.get(1)).isEqualTo("INVALID: message b1 names room 'bob' but is keyed by room 'alice'");
        assertThat(reasons.get(2)).isEqualTo("INVALID: record key must be a room id: 'no room!'");
        assertThat(reasons.get(3)).startsWith("FAILED: ").contains("banter-control", "reboot");
        assertThat(reasons.get(4)).startsWith("FAILED: ").contains("nope");
        assertThat(reasons.get(5)).isEqualTo("DELIVERED: ");
    }

    @Test
    void uninstall_command_takesTheExtensionOutOfTheRoom() {
        control("alice", "install", Tally.INSTALL);
        control(
                "alice",
                "uninstall",
                "{\"extension\": \"tally\", \"actor\": \"ops\"}".getBytes(StandardCharsets.UTF_8));
        events.pipeInput("alice", Tally.tip("a1", "alice", 5));

        assertThat(read(outcomes, "status")).containsExactly("alice DONE", "alice DONE", "alice DELIVERED");
        assertThat(noticeTexts()).isEmpty();
    }
}
