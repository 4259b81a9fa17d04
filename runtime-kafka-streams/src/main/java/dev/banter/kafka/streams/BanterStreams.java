package dev.banter.kafka.streams;

import dev.banter.api.BanterRuntime;
import dev.banter.api.extension.Catalog;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.kafka.streams.internal.BanterProcessor;
import dev.banter.kafka.streams.internal.HostSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * Banter inside a Kafka Streams topology: room events in, outcomes and actions out, one partition's rooms per task.
 *
 * <pre>
 *  events topic (key: room id, value: message JSON; header banter-control: a lifecycle command)
 *     │  one stream task per partition; its rooms are its keys
 *     ▼
 *  BanterProcessor ── per task: a BanterRuntime with one lane, a Sandbox, a DefaultRoomExtensions
 *     │   process(record): fire due timers ► submit ► wait for the outcome on the stream thread
 *     │   punctuate(t):    fire due timers
 *     │   state: KafkaStateStore over the task's changelogged store (kv, timers, installations, audit)
 *     ├──► outcomes topic (key: room id; one record per event or command)
 *     └──► actions topic  (key: room id; notices, subjects, moderation... in the room's order)
 * </pre>
 *
 * <p>Run it with {@code processing.guarantee=exactly_once_v2} (see {@link #streamsConfig}): a record's state
 * changes, its outcome, its actions and its input offset are committed in one transaction, so a tip is applied once
 * even when its instance dies half-way and another replays it. The outcomes and actions topics should have as many
 * partitions as the events topic, so that a room's records stay in one partition everywhere.
 *
 * {@snippet :
 * BanterStreams banter = BanterStreams.newBuilder()
 *         .catalog(FileSystemCatalog.open(Path.of("/srv/banter/catalog"), PlatformPolicy.permissive()))
 *         .build();
 * KafkaStreams streams = new KafkaStreams(banter.topology(), BanterStreams.streamsConfig("banter", "kafka:9092"));
 * streams.start();
 * }
 *
 * @since 0.3
 */
public final class BanterStreams {

    /** The header that marks an events-topic record as a lifecycle command: {@code install}, {@code uninstall}, {@code settings}. */
    public static final String CONTROL_HEADER = "banter-control";

    private final String eventsTopic;
    private final String outcomesTopic;
    private final String actionsTopic;
    private final HostSettings settings;

    private BanterStreams(Builder b, Catalog catalog) {
        this.eventsTopic = b.eventsTopic;
        this.outcomesTopic = b.outcomesTopic;
        this.actionsTopic = b.actionsTopic;
        this.settings = new HostSettings(
                catalog, b.policy, b.sandbox, b.runtime, b.timeMode, b.punctuateEvery, b.listener, b.storeName);
    }

    /** A builder with the default topics {@code banter.events}, {@code banter.outcomes} and {@code banter.actions}. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * The topology: the events source, the Banter processor with its store, and the outcomes and actions sinks. Each
     * call builds a new one; give each {@code KafkaStreams} its own.
     */
    public Topology topology() {
        Topology topology = new Topology();
        topology.addSource("banter-events", new StringDeserializer(), new ByteArrayDeserializer(), eventsTopic);
        topology.addProcessor("banter", () -> new BanterProcessor(settings), "banter-events");
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(settings.storeName()), Serdes.String(), Serdes.String())
                        .withLoggingEnabled(Map.of()),
                "banter");
        topology.addSink(
                HostSettings.OUTCOMES, outcomesTopic, new StringSerializer(), new ByteArraySerializer(), "banter");
        topology.addSink(
                HostSettings.ACTIONS, actionsTopic, new StringSerializer(), new ByteArraySerializer(), "banter");
        return topology;
    }

    /** The topic of room events and lifecycle commands. */
    public String eventsTopic() {
        return eventsTopic;
    }

    /** The topic of outcomes. */
    public String outcomesTopic() {
        return outcomesTopic;
    }

    /** The topic of actions. */
    public String actionsTopic() {
        return actionsTopic;
    }

    /** The name of the key-value store that holds every room's state; its changelog is {@code <app>-<name>-changelog}. */
    public String storeName() {
        return settings.storeName();
    }

    /**
     * The configuration Banter needs: {@code exactly_once_v2}, and the application id and bootstrap servers given.
     * Add the rest (replication, state directory, threads) to the returned properties.
     */
    public static Properties streamsConfig(String applicationId, String bootstrapServers) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, Objects.requireNonNull(applicationId, "applicationId"));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return props;
    }

    /**
     * Configures {@link BanterStreams}. Setters check their argument at once; {@link #build()} may be called again.
     *
     * @since 0.3
     */
    public static final class Builder {

        private String eventsTopic = "banter.events";
        private String outcomesTopic = "banter.outcomes";
        private String actionsTopic = "banter.actions";
        private String storeName = "banter-state";
        private @Nullable Catalog catalog;
        private PlatformPolicy policy = PlatformPolicy.permissive();
        private Function<BanterRuntime, Sandbox> sandbox = Builder::graalSandbox;
        private Consumer<BanterRuntime.Builder> runtime = b -> {};
        private TimeMode timeMode = TimeMode.WALL_CLOCK;
        private Duration punctuateEvery = Duration.ofSeconds(1);
        private TaskListener listener = new TaskListener() {};

        private Builder() {}

        /** The topics: events in, outcomes and actions out. */
        public Builder topics(String events, String outcomes, String actions) {
            this.eventsTopic = topic("events", events);
            this.outcomesTopic = topic("outcomes", outcomes);
            this.actionsTopic = topic("actions", actions);
            return this;
        }

        /** The name of the state store. Default {@code banter-state}. */
        public Builder storeName(String name) {
            this.storeName = topic("storeName", name);
            return this;
        }

        /**
         * Where installed versions come from: every instance opens its own copy of the same catalog (see {@code
         * docs/scaling.md}). Required; shared by the instance's tasks, so it must be thread-safe (the file-system
         * catalog is).
         */
        public Builder catalog(Catalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** The platform policy of every task's lifecycle. Default {@link PlatformPolicy#permissive()}. */
        public Builder policy(PlatformPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Makes a task's sandbox for the task's runtime; the task closes it. Default: the {@code graal} provider with
         * the default limits and the runtime's types.
         */
        public Builder sandbox(Function<BanterRuntime, Sandbox> factory) {
            this.sandbox = Objects.requireNonNull(factory, "sandbox");
            return this;
        }

        /**
         * Configures each task's runtime: host types, host handlers, limits. The adapter then sets what it owns: one
         * lane, its time source, its state store and its action sink; setting those here has no effect.
         */
        public Builder runtime(Consumer<BanterRuntime.Builder> configure) {
            this.runtime = Objects.requireNonNull(configure, "runtime");
            return this;
        }

        /** Which time the hosts run on. Default {@link TimeMode#WALL_CLOCK}. */
        public Builder timeMode(TimeMode value) {
            this.timeMode = Objects.requireNonNull(value, "timeMode");
            return this;
        }

        /**
         * How often each task fires its due timers, in its {@link #timeMode}. Default 1 s.
         *
         * @throws IllegalArgumentException if not 10 ms..1 min
         */
        public Builder punctuateEvery(Duration interval) {
            Objects.requireNonNull(interval, "punctuateEvery");
            if (interval.compareTo(Duration.ofMillis(10)) < 0 || interval.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException("punctuateEvery must be 10ms..1min, was " + interval);
            }
            this.punctuateEvery = interval;
            return this;
        }

        /** Hears task rebuilds and closes. */
        public Builder listener(TaskListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * The configured adapter.
         *
         * @throws NullPointerException if no catalog was given
         */
        public BanterStreams build() {
            Catalog c = Objects.requireNonNull(
                    catalog,
                    "catalog: give BanterStreams.Builder.catalog(...) the catalog"
                            + " every instance reads installed versions from");
            return new BanterStreams(this, c);
        }

        private static Sandbox graalSandbox(BanterRuntime runtime) {
            return SandboxProvider.load("graal")
                    .create(SandboxConfig.of(runtime.lanes())
                            .withTypes(runtime.types().types()));
        }

        private static String topic(String field, String name) {
            Objects.requireNonNull(name, field);
            if (name.isBlank() || name.length() > 249) {
                throw new IllegalArgumentException(field + " must be 1..249 non-blank chars: '" + name + "'");
            }
            return name;
        }
    }
}
