package dev.banter.kafka.streams;

import dev.banter.core.extension.FileSystemCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One application instance of the failover test: its own catalog copy and state directory. Runs in the test's JVM,
 * or as {@link #main} in a child JVM that the test kills.
 */
final class FailoverNode {

    static final String APP = "banter-failover";

    final CopyOnWriteArrayList<String> rebuilds = new CopyOnWriteArrayList<>();
    final KafkaStreams streams;

    FailoverNode(String bootstrap, Path dir) {
        FileSystemCatalog catalog = Tally.catalog(dir.resolve("catalog"));
        BanterStreams banter = BanterStreams.newBuilder()
                .catalog(catalog)
                .punctuateEvery(Duration.ofMillis(200))
                .listener(new TaskListener() {
                    @Override
                    public void restored(String task, int rooms, Duration took) {
                        rebuilds.add(task + " " + rooms + " rooms in " + took.toMillis() + " ms");
                    }
                })
                .build();
        streams = new KafkaStreams(banter.topology(), config(bootstrap, dir));
    }

    static Properties config(String bootstrap, Path dir) {
        Properties props = BanterStreams.streamsConfig(APP, bootstrap);
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        // A killed instance is noticed after the session timeout, and its open transaction is aborted after the
        // transaction timeout: both short here, so that the test measures the mechanism rather than the defaults.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 3000);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 500);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 5000);
        return props;
    }

    void start() {
        streams.start();
    }

    /** The child JVM: {@code bootstrap dir}; prints RUNNING once running, then runs until it is killed. */
    public static void main(String[] args) throws Exception {
        FailoverNode node = new FailoverNode(args[0], Path.of(args[1]));
        node.streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                System.out.println("RUNNING");
                System.out.flush();
            }
        });
        node.start();
        Thread.sleep(Long.MAX_VALUE);
    }
}
