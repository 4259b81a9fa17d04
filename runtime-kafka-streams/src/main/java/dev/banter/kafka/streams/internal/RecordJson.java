package dev.banter.kafka.streams.internal;

import dev.banter.api.action.Action;
import dev.banter.api.action.Ban;
import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Kick;
import dev.banter.api.action.Mute;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.SetTipOptions;
import dev.banter.api.action.Warn;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.message.MessageCodec;
import dev.banter.api.spi.ActionEnvelope;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON values of the outcomes and actions topics; the wire forms are documented in {@code docs/scaling.md}.
 * Written with a streaming generator, one pass per record.
 */
public final class RecordJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private RecordJson() {}

    /** An outcome: id, type, room, status, reason, modified, the delivered message, the trace, the action count. */
    public static byte[] outcome(Outcome outcome, MessageCodec codec) {
        return write(g -> {
            g.writeStringProperty("id", outcome.message().id());
            g.writeStringProperty("type", outcome.message().type().name());
            g.writeStringProperty("room", outcome.message().room().value());
            g.writeStringProperty("status", outcome.status().name());
            nullable(g, "reason", outcome.reason());
            g.writeBooleanProperty("modified", outcome.modified());
            g.writeName("message");
            g.writeRawValue(codec.encodeToString(outcome.message()));
            g.writeArrayPropertyStart("trace");
            for (TraceEntry step : outcome.trace()) {
                g.writeStartObject();
                g.writeStringProperty("handler", step.handlerId());
                g.writeStringProperty("stage", step.stage().name());
                g.writeStringProperty("verdict", step.verdict().name());
                nullable(g, "failure", step.failure());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberProperty("actions", outcome.actions().size());
        });
    }

    /** A record that never reached a room: undecodable, or keyed by another room than it names. */
    public static byte[] invalid(@Nullable String key, String reason) {
        return write(g -> {
            nullable(g, "room", key);
            g.writeStringProperty("status", "INVALID");
            g.writeStringProperty("reason", reason);
        });
    }

    /** The result of a lifecycle command. */
    public static byte[] control(String command, String room, String extension, @Nullable String failure) {
        return write(g -> {
            g.writeStringProperty("control", command);
            g.writeStringProperty("room", room);
            g.writeStringProperty("extension", extension);
            g.writeStringProperty("status", failure == null ? "DONE" : "FAILED");
            nullable(g, "reason", failure);
        });
    }

    /**
     * An action: room, the handler that emitted it, the message it handled, its id (message id and index, stable
     * across a replay), its kind and its fields.
     */
    public static byte[] action(ActionEnvelope envelope, String actionId) {
        return write(g -> {
            g.writeStringProperty("id", actionId);
            g.writeStringProperty("room", envelope.room().value());
            g.writeStringProperty("handler", envelope.handlerId());
            g.writeStringProperty("message", envelope.messageId());
            g.writeStringProperty("kind", envelope.action().kind());
            g.writeName("action");
            g.writeStartObject();
            fields(g, envelope.action());
            g.writeEndObject();
        });
    }

    private static void fields(JsonGenerator g, Action action) {
        switch (action) {
            case Notice n -> {
                g.writeStringProperty("text", n.text());
                target(g, n.target());
                nullable(g, "background", n.style().background());
                nullable(g, "foreground", n.style().foreground());
                g.writeStringProperty("weight", n.style().weight().name().toLowerCase(Locale.ROOT));
            }
            case SetSubject s -> g.writeStringProperty("subject", s.subject());
            case Warn w -> user(g, w.user(), w.reason());
            case Kick k -> user(g, k.user(), k.reason());
            case Ban b -> user(g, b.user(), b.reason());
            case Mute m -> {
                user(g, m.user(), m.reason());
                g.writeNumberProperty("seconds", m.duration().toSeconds());
            }
            case SetTipOptions t -> {
                g.writeStringProperty("label", t.label());
                g.writeArrayPropertyStart("options");
                for (String option : t.options()) {
                    g.writeString(option);
                }
                g.writeEndArray();
            }
            case ScheduleTimer t -> {
                g.writeStringProperty("label", t.label());
                g.writeNumberProperty("delayMillis", t.delay().toMillis());
                g.writeNumberProperty("repeatMillis", t.repeat().toMillis());
            }
            case CancelTimer t -> g.writeStringProperty("label", t.label());
            case Custom c -> {
                g.writeStringProperty("name", c.name());
                g.writeObjectPropertyStart("attributes");
                for (Map.Entry<String, String> e : c.attributes().entrySet()) {
                    g.writeStringProperty(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
        }
    }

    private static void target(JsonGenerator g, NoticeTarget target) {
        switch (target) {
            case NoticeTarget.Everyone everyone -> g.writeStringProperty("to", "everyone");
            case NoticeTarget.ToUser user -> g.writeStringProperty("toUser", user.name());
            case NoticeTarget.ToGroup group ->
                g.writeStringProperty("toGroup", group.audience().wireName());
        }
    }

    private static void user(JsonGenerator g, String user, String reason) {
        g.writeStringProperty("user", user);
        g.writeStringProperty("reason", reason);
    }

    private static void nullable(JsonGenerator g, String name, @Nullable String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static byte[] write(Consumer<JsonGenerator> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            body.accept(g);
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}
