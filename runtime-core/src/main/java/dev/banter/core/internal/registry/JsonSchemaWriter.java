package dev.banter.core.internal.registry;

import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.MessageType;
import dev.banter.api.room.Gender;
import dev.banter.api.room.Role;
import dev.banter.api.room.TipperTier;
import dev.banter.core.internal.json.PrettyJson;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes the JSON Schema (draft 2020-12) of a whole message of one type, from its field specs. */
final class JsonSchemaWriter {

    private static final String SLUG = "^[A-Za-z0-9_.-]{1,64}$";
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectWriteContext PRETTY = PrettyJson.CONTEXT;

    private JsonSchemaWriter() {}

    static String write(MessageType<?> type) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(PRETTY, out)) {
            g.writeStartObject();
            g.writeStringProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringProperty("$id", "urn:banter:message:" + type.name() + ":v" + type.version());
            g.writeStringProperty("title", type.toString());
            g.writeStringProperty(
                    "$comment",
                    "String lengths count UTF-16 code units, as the Banter codec does; ts is epoch millis.");
            objectStart(g, List.of("id", "type", "room", "ts", "sender", "payload"));
            g.writeName("id");
            g.writeStartObject();
            g.writeStringProperty("type", "string");
            g.writeNumberProperty("minLength", 1);
            g.writeNumberProperty("maxLength", 128);
            g.writeStringProperty("pattern", "\\S");
            g.writeEndObject();
            g.writeName("type");
            enumOf(g, List.of(type.name(), type.toString()));
            g.writeName("room");
            slug(g);
            g.writeName("ts");
            integer(g, Long.MIN_VALUE, Long.MAX_VALUE);
            g.writeName("sender");
            sender(g);
            g.writeName("payload");
            payload(g, type.schema().fields());
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toString() + "\n";
    }

    // Opens "type":"object" with additionalProperties false, the required list if any, and the "properties" object.
    private static void objectStart(JsonGenerator g, List<String> required) {
        g.writeStringProperty("type", "object");
        g.writeBooleanProperty("additionalProperties", false);
        if (!required.isEmpty()) {
            g.writeName("required");
            strings(g, required);
        }
        g.writeName("properties");
        g.writeStartObject();
    }

    private static void sender(JsonGenerator g) {
        g.writeStartObject();
        objectStart(g, List.of("name"));
        g.writeName("name");
        slug(g);
        g.writeName("roles");
        g.writeStartObject();
        g.writeStringProperty("type", "array");
        g.writeBooleanProperty("uniqueItems", true);
        g.writeName("items");
        enumOf(g, Arrays.stream(Role.values()).map(Role::wireName).toList());
        g.writeEndObject();
        g.writeName("tipper");
        enumOf(g, Arrays.stream(TipperTier.values()).map(TipperTier::wireName).toList());
        g.writeName("gender");
        enumOf(g, Arrays.stream(Gender.values()).map(Gender::wireName).toList());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void payload(JsonGenerator g, List<FieldSpec> fields) {
        g.writeStartObject();
        objectStart(
                g,
                fields.stream().filter(FieldSpec::required).map(FieldSpec::name).toList());
        for (FieldSpec field : fields) {
            g.writeName(field.name());
            field(g, field);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, FieldSpec field) {
        g.writeStartObject();
        switch (field.type()) {
            case STRING -> {
                g.writeStringProperty("type", "string");
                g.writeNumberProperty("minLength", field.min());
                g.writeNumberProperty("maxLength", FieldChecks.maxLength(field));
            }
            case INTEGER -> {
                g.writeStringProperty("type", "integer");
                g.writeNumberProperty("minimum", field.min());
                g.writeNumberProperty("maximum", field.max());
            }
            case BOOLEAN -> g.writeStringProperty("type", "boolean");
            case ENUM -> {
                g.writeStringProperty("type", "string");
                g.writeName("enum");
                strings(g, field.allowed());
            }
            case STRING_LIST -> {
                g.writeStringProperty("type", "array");
                g.writeNumberProperty("minItems", field.min());
                g.writeNumberProperty("maxItems", field.max());
                g.writeName("items");
                g.writeStartObject();
                g.writeStringProperty("type", "string");
                g.writeNumberProperty("maxLength", FieldSpec.MAX_STRING);
                g.writeEndObject();
            }
        }
        if (!field.required()) {
            g.writeName("default");
            defaultValue(g, field.defaultValue());
        }
        g.writeEndObject();
    }

    private static void defaultValue(JsonGenerator g, Object value) {
        switch (value) {
            case String s -> g.writeString(s);
            case Long l -> g.writeNumber(l);
            case Boolean b -> g.writeBoolean(b);
            case List<?> list -> {
                g.writeStartArray();
                g.writeEndArray();
            }
            default -> throw new IllegalStateException("unexpected default " + value);
        }
    }

    private static void slug(JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("type", "string");
        g.writeStringProperty("pattern", SLUG);
        g.writeEndObject();
    }

    private static void integer(JsonGenerator g, long min, long max) {
        g.writeStartObject();
        g.writeStringProperty("type", "integer");
        g.writeNumberProperty("minimum", min);
        g.writeNumberProperty("maximum", max);
        g.writeEndObject();
    }

    private static void enumOf(JsonGenerator g, List<String> values) {
        g.writeStartObject();
        g.writeStringProperty("type", "string");
        g.writeName("enum");
        strings(g, values);
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, List<String> values) {
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
