package dev.banter.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application instances on an in-process KRaft broker: one is killed (a child JVM, {@code kill -9}) while tips
 * flow; the survivor takes its rooms and every tip is counted exactly once; a third instance joins and partitions
 * move again, still without a lost or doubled tip.
 */
class KafkaFailoverTest {

    private static final int PARTITIONS = 4;
    private static final int ROOMS = 8;
    private static final int TIPS_PER_PHASE = 240;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>(); // tip id -> when its outcome arrived
    private final List<String> outcomes = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void killOneInstance_thenAddOne_everyTipCountedExactlyOnce() throws Exception {
        try (KafkaClusterTestKit cluster = cluster()) {
            String bootstrap = cluster.bootstrapServers();
            try (Admin admin = cluster.admin()) {
                admin.createTopics(List.of(
                                new NewTopic("banter.events", PARTITIONS, (short) 1),
                                new NewTopic("banter.outcomes", PARTITIONS, (short) 1),
                                new NewTopic("banter.actions", PARTITIONS, (short) 1)))
                        .all()
                        .get();
            }
            AtomicBoolean reading = new AtomicBoolean(true);
            Thread reader = Thread.ofPlatform().daemon().start(() -> read(bootstrap, reading));
            try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
                Process a = child(bootstrap, dir.resolve("a"));
                FailoverNode b = new FailoverNode(bootstrap, dir.resolve("b"));
                FailoverNode c = null;
                try {
                    b.start();
                    await(
                            "both instances own tasks",
                            60,
                            () -> activeTasks(b.streams).size() == PARTITIONS / 2);
                    List<String> rooms = rooms();
                    for (String room : rooms) {
                        producer.send(Tally.control(room));
                    }

                    // Phase 1: tips on both instances; kill A half-way.
                    Set<Integer> onA = new HashSet<>(allPartitions());
                    onA.removeAll(activeTasks(b.streams));
                    int sent = sendTips(producer, rooms, 0, TIPS_PER_PHASE / 2);
                    await("first tips processed", 60, () -> receivedAt.size() >= TIPS_PER_PHASE / 4);
                    // an outcome of one of its rooms was committed, and with it that room's state: the survivor
                    // must find the room when it takes the partition over
                    await(
                            "tips processed on the instance to kill",
                            60,
                            () -> rooms.stream().anyMatch(r -> onA.contains(partition(r)) && arrivals.containsKey(r)));
                    assertThat(a.isAlive()).as("the instance to kill is alive").isTrue();
                    assertThat(activeTasks(b.streams))
                            .as("the survivor owns half the tasks")
                            .hasSize(PARTITIONS / 2);
                    assertThat(rooms).as("the instance to kill owns rooms").anyMatch(r -> onA.contains(partition(r)));
                    int rebuildsBefore = b.rebuilds.size();
                    long killedAt = System.currentTimeMillis();
                    a.destroyForcibly().waitFor();
                    sent += sendTips(producer, rooms, sent, TIPS_PER_PHASE);
                    int expected = sent;
                    await("every tip after the kill", 90, () -> receivedAt.size() >= expected);
                    long failedOverAt = System.currentTimeMillis();
                    assertThat(activeTasks(b.streams)).hasSize(PARTITIONS);
                    assertThat(b.rebuilds.subList(rebuildsBefore, b.rebuilds.size()))
                            .as("the survivor rebuilt the killed instance's rooms")
                            .anyMatch(r -> !r.contains(" 0 rooms"));

                    // Phase 2: a new instance joins; partitions move to it.
                    c = new FailoverNode(bootstrap, dir.resolve("c"));
                    long joinedAt = System.currentTimeMillis();
                    c.start();
                    FailoverNode joined = c;
                    await(
                            "the new instance owns tasks",
                            60,
                            () -> !activeTasks(joined.streams).isEmpty()
                                    && activeTasks(b.streams).size() < PARTITIONS);
                    sent += sendTips(producer, rooms, sent, TIPS_PER_PHASE);
                    int all = sent;
                    await("every tip after the join", 60, () -> receivedAt.size() >= all);

                    System.out.printf(
                            "failover: %d tips to %d rooms, %d outcomes, %d notices; largest gap between two outcomes"
                                    + " of one room: %d ms in steady state, %d ms for a room of the killed instance"
                                    + " across the kill, %d ms across the join; survivor rebuilt %s; joiner rebuilt"
                                    + " %s%n",
                            sent,
                            ROOMS,
                            outcomes.size(),
                            notices.size(),
                            maxGap(rooms, allPartitions(), killedAt - 2_000, killedAt - 100),
                            maxGap(rooms, onA, killedAt - 1_000, failedOverAt),
                            maxGap(rooms, allPartitions(), joinedAt, System.currentTimeMillis()),
                            b.rebuilds,
                            joined.rebuilds);
                    assertExactlyOnce(rooms, sent);
                } finally {
                    a.destroyForcibly();
                    b.streams.close(Duration.ofSeconds(10));
                    if (c != null) {
                        c.streams.close(Duration.ofSeconds(10));
                    }
                }
            } finally {
                reading.set(false);
                reader.join(10_000);
            }
        }
    }

    private void assertExactlyOnce(List<String> rooms, int sent) {
        List<String> tips = outcomes.stream().filter(o -> o.startsWith("tip-")).toList();
        assertThat(tips).as("one outcome per tip, none doubled").hasSize(sent).doesNotHaveDuplicates();
        assertThat(tips).allSatisfy(o -> assertThat(o).endsWith(" DELIVERED"));
        Map<String, List<String>> byRoom = new TreeMap<>();
        for (String n : notices) {
            String[] parts = n.split(" ", 2);
            byRoom.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        assertThat(byRoom.keySet()).containsExactlyInAnyOrderElementsOf(rooms);
        for (String room : rooms) {
            List<String> seen = byRoom.get(room);
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= sent / ROOMS; n++) {
                expected.add("tip " + n + " sum " + n * 2);
            }
            assertThat(seen)
                    .as("room %s counted every tip once, in order", room)
                    .containsExactlyElementsOf(expected);
        }
    }

    /** The largest gap between two outcomes of one room of {@code partitions}, both received in the window. */
    private long maxGap(List<String> rooms, Collection<Integer> partitions, long from, long to) {
        long max = 0;
        for (String room : rooms) {
            if (!partitions.contains(partition(room))) {
                continue;
            }
            List<Long> window = arrivals.getOrDefault(room, List.of()).stream()
                    .filter(t -> t >= from && t <= to)
                    .sorted()
                    .toList();
            for (int i = 1; i < window.size(); i++) {
                max = Math.max(max, window.get(i) - window.get(i - 1));
            }
        }
        return max;
    }

    private int sendTips(KafkaProducer<String, byte[]> producer, List<String> rooms, int from, int count)
            throws InterruptedException {
        for (int i = from; i < from + count; i++) {
            String room = rooms.get(i % ROOMS);
            producer.send(new ProducerRecord<>("banter.events", room, Tally.tip("tip-" + i, room, 2)));
            if (i % ROOMS == 0) {
                Thread.sleep(40); // about 200 tips a second, so that the kill and the join land mid-stream
            }
        }
        producer.flush();
        return count;
    }

    private void read(String bootstrap, AtomicBoolean reading) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "failover-reader");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("banter.outcomes", "banter.actions"));
            while (reading.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    JsonNode v = JSON.readTree(r.value());
                    if (r.topic().equals("banter.actions")) {
                        notices.add(
                                r.key() + " " + v.path("action").path("text").asString());
                    } else if (v.has("id")) {
                        long now = System.currentTimeMillis();
                        outcomes.add(
                                v.path("id").asString() + " " + v.path("status").asString());
                        receivedAt.putIfAbsent(v.path("id").asString(), now);
                        arrivals.computeIfAbsent(r.key(), k -> new CopyOnWriteArrayList<>())
                                .add(now);
                    }
                }
            }
        }
    }

    private static KafkaClusterTestKit cluster() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("transaction.state.log.num.partitions", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("group.min.session.timeout.ms", "1000")
                .setConfigProp("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return cluster;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static Process child(String bootstrap, Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createDirectories(dir).resolve("child.log");
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-Dpolyglot.engine.WarnInterpreterOnly=false",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FailoverNode.class.getName(),
                        bootstrap,
                        dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        await("the child instance is running", 60, () -> child.isAlive() && logSays(log, "RUNNING"));
        return child;
    }

    private static boolean logSays(Path log, String line) {
        try {
            return Files.readAllLines(log).contains(line);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static List<String> rooms() {
        List<String> rooms = new ArrayList<>();
        for (int i = 0; i < ROOMS; i++) {
            rooms.add("room-" + i);
        }
        return rooms;
    }

    private static List<Integer> allPartitions() {
        List<Integer> all = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            all.add(p);
        }
        return all;
    }

    private static int partition(String room) {
        return Utils.toPositive(Utils.murmur2(room.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static Set<Integer> activeTasks(KafkaStreams streams) {
        Set<Integer> partitions = new HashSet<>();
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return partitions;
        }
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) {
                partitions.add(task.taskId().partition());
            }
        }
        return partitions;
    }

    /** Waits until the condition has held for two seconds in a row. */
    private static void awaitStable(String what, BooleanSupplier condition) throws InterruptedException {
        long since = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!condition.getAsBoolean()) {
                since = -1;
            } else if (since < 0) {
                since = System.nanoTime();
            } else if (System.nanoTime() - since > TimeUnit.SECONDS.toNanos(2)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out after 60 s waiting for: " + what);
    }

    private static void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
