package dev.banter.kafka.streams.internal;

import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.kafka.streams.BanterStreams;
import dev.banter.kafka.streams.TimeMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts one stream task's rooms. Each record and each punctuation is handled to the end on the stream thread: due
 * timers fire, the event runs through its room's chain on the task's lane while the stream thread waits, and the
 * outcome and the actions are forwarded before {@code process} returns, so Kafka Streams commits them with the
 * record's offset and its state changes.
 */
public final class BanterProcessor implements Processor<String, byte[], String, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(BanterProcessor.class);

    private final HostSettings settings;
    private @Nullable ProcessorContext<String, byte[]> context;
    private @Nullable TaskHost host;

    public BanterProcessor(HostSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> ctx) {
        this.context = ctx;
        KeyValueStore<String, String> store = ctx.getStateStore(settings.storeName());
        this.host = new TaskHost(ctx.taskId().toString(), settings, store, Instant.ofEpochMilli(time(ctx, -1)));
        PunctuationType type = settings.timeMode() == TimeMode.WALL_CLOCK
                ? PunctuationType.WALL_CLOCK_TIME
                : PunctuationType.STREAM_TIME;
        ctx.schedule(settings.punctuateEvery(), type, this::punctuate);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        TaskHost h = host();
        h.restoreOnce();
        h.advanceTo(Instant.ofEpochMilli(time(context(), record.timestamp())));
        forwardActions(record.timestamp());
        String key = record.key();
        if (key == null || !RoomId.isValid(key)) {
            forward(
                    HostSettings.OUTCOMES,
                    key,
                    RecordJson.invalid(key, "record key must be a room id: '" + key + "'"),
                    record.timestamp());
            return;
        }
        Header control = record.headers().lastHeader(BanterStreams.CONTROL_HEADER);
        if (control != null) {
            control(h, RoomId.of(key), new String(control.value(), StandardCharsets.UTF_8), record);
        } else {
            event(h, key, record);
        }
        forwardActions(record.timestamp());
    }

    private void event(TaskHost h, String key, Record<String, byte[]> record) {
        Message message;
        try {
            message = h.runtime().codec().decode(record.value() == null ? new byte[0] : record.value());
        } catch (MessageFormatException e) {
            forward(HostSettings.OUTCOMES, key, RecordJson.invalid(key, e.getMessage()), record.timestamp());
            return;
        }
        if (!message.room().value().equals(key)) {
            forward(
                    HostSettings.OUTCOMES,
                    key,
                    RecordJson.invalid(
                            key,
                            "message " + message.id() + " names room '"
                                    + message.room().value() + "' but is keyed by room '" + key + "'"),
                    record.timestamp());
            return;
        }
        Outcome outcome = h.submit(message);
        forward(
                HostSettings.OUTCOMES,
                key,
                RecordJson.outcome(outcome, h.runtime().codec()),
                record.timestamp());
    }

    private void control(TaskHost h, RoomId room, String name, Record<String, byte[]> record) {
        String extension = "?";
        String failure = null;
        try {
            ControlCommand command =
                    ControlCommand.parse(name, room, record.value() == null ? new byte[0] : record.value());
            extension = command.extension();
            h.control(command);
        } catch (RuntimeException e) {
            // A refused or failed lifecycle call is the command's result, not the stream's failure.
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.info("control {} for room {} failed: {}", name, room.value(), failure);
        }
        forward(
                HostSettings.OUTCOMES,
                room.value(),
                RecordJson.control(name, room.value(), extension, failure),
                record.timestamp());
    }

    private void punctuate(long timestamp) {
        TaskHost h = host();
        h.restoreOnce();
        h.advanceTo(Instant.ofEpochMilli(timestamp));
        forwardActions(timestamp);
    }

    private void forwardActions(long timestamp) {
        List<ActionEnvelope> actions = host().drain();
        if (actions.isEmpty()) {
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        for (ActionEnvelope envelope : actions) {
            int n = index.merge(envelope.messageId(), 1, Integer::sum);
            String id = envelope.messageId() + "/" + n; // stable across a replay, unlike the runtime's sequence
            forward(HostSettings.ACTIONS, envelope.room().value(), RecordJson.action(envelope, id), timestamp);
        }
    }

    private void forward(String sink, @Nullable String key, byte[] value, long timestamp) {
        context().forward(new Record<>(key, value, timestamp), sink);
    }

    /** The task's time for a record of {@code recordTime} (or, with -1, at start-up). */
    private long time(ProcessorContext<String, byte[]> ctx, long recordTime) {
        if (settings.timeMode() == TimeMode.WALL_CLOCK) {
            return ctx.currentSystemTimeMs();
        }
        return Math.max(0, Math.max(recordTime, ctx.currentStreamTimeMs()));
    }

    @Override
    public void close() {
        if (host != null) {
            host.close();
            host = null;
        }
    }

    private TaskHost host() {
        if (host == null) {
            throw new IllegalStateException("BanterProcessor used before init or after close");
        }
        return host;
    }

    private ProcessorContext<String, byte[]> context() {
        if (context == null) {
            throw new IllegalStateException("BanterProcessor used before init");
        }
        return context;
    }
}
