package dev.banter.core.internal.registry;

import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.room.Role;
import dev.banter.api.room.User;
import java.io.ByteArrayOutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the canonical wire form of a message: top-level properties, sender properties and payload fields always
 * present and always in the same order, roles in declaration order, the type without a version suffix.
 */
final class MessageWriter {

    private MessageWriter() {}

    static byte[] write(JsonFactory factory, Message message) {
        MessageType<?> type = message.type();
        Object[] values = type.schema().valuesOf(message.payload());
        // Never emit what decoding would refuse.
        PayloadValidator.checkValues(type, values);
        long ts;
        try {
            ts = message.timestamp().toEpochMilli();
        } catch (ArithmeticException e) {
            throw new MessageFormatException(
                    "ts", message.timestamp().toString(), "expected an instant within the range of epoch millis");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        // The UTF-8 generator writes unpaired surrogates as JSON unicode escapes, so every Java string survives the
        // trip.
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("id", message.id());
            g.writeStringProperty("type", type.name());
            g.writeStringProperty("room", message.room().value());
            g.writeNumberProperty("ts", ts);
            g.writeName("sender");
            writeSender(g, message.sender());
            g.writeName("payload");
            writePayload(g, type.schema().fields(), values);
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void writeSender(JsonGenerator g, User sender) {
        g.writeStartObject();
        g.writeStringProperty("name", sender.name());
        g.writeName("roles");
        g.writeStartArray();
        for (Role role : Role.values()) {
            if (sender.has(role)) {
                g.writeString(role.wireName());
            }
        }
        g.writeEndArray();
        g.writeStringProperty("tipper", sender.tipper().wireName());
        g.writeStringProperty("gender", sender.gender().wireName());
        g.writeEndObject();
    }

    private static void writePayload(JsonGenerator g, List<FieldSpec> fields, Object[] values) {
        g.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            g.writeName(fields.get(i).name());
            switch (values[i]) {
                case String s -> g.writeString(s);
                case Long l -> g.writeNumber(l.longValue());
                case Boolean b -> g.writeBoolean(b);
                case List<?> list -> {
                    g.writeStartArray();
                    for (int j = 0; j < list.size(); j++) {
                        g.writeString((String) list.get(j));
                    }
                    g.writeEndArray();
                }
                default -> throw new IllegalStateException("value passed its check but has no JSON form: " + values[i]);
            }
        }
        g.writeEndObject();
    }
}
