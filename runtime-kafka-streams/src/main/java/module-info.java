/**
 * Banter inside a Kafka Streams topology: {@link dev.banter.kafka.streams.BanterStreams} builds the topology, {@link
 * dev.banter.kafka.streams.KafkaStateStore} keeps extension state in the task's changelogged store.
 */
module dev.banter.kafka.streams {
    requires transitive dev.banter.api;
    requires transitive kafka.streams;
    requires transitive kafka.clients;
    requires dev.banter.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.banter.kafka.streams;
}
