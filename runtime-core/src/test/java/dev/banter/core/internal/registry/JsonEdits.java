package dev.banter.core.internal.registry;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/** Rewrites one property value of a JSON document, for mutation tests. */
final class JsonEdits {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonEdits() {}

    /** The paths of every property value in the document (array items excluded), in document order. */
    static List<String> propertyPaths(String json) {
        List<String> paths = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String path = valuePath(p, t);
                if (path != null) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    /** The document with the value at {@code path} replaced by the raw JSON {@code replacement}. */
    static String replace(String json, String path, String replacement) {
        StringWriter out = new StringWriter();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json);
                JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (path.equals(valuePath(p, t))) {
                    g.writeRawValue(replacement);
                    p.skipChildren();
                } else {
                    g.copyCurrentEvent(p);
                }
            }
        }
        return out.toString();
    }

    /** The JSON kind of the value at {@code path}: string, number, boolean, object or array. */
    static String kindAt(String json, String path) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (path.equals(valuePath(p, t))) {
                    return switch (t) {
                        case VALUE_STRING -> "string";
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
                        case VALUE_TRUE, VALUE_FALSE -> "boolean";
                        case START_OBJECT -> "object";
                        default -> "array";
                    };
                }
            }
        }
        throw new IllegalArgumentException("no value at " + path);
    }

    // The path of the property value starting at t, or null if t starts no property value.
    private static @Nullable String valuePath(JsonParser p, JsonToken t) {
        if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            return null;
        }
        // A container's start token has already opened its own context; the property belongs to the parent.
        TokenStreamContext context = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                ? p.streamReadContext().getParent()
                : p.streamReadContext();
        return context != null && context.inObject() ? MessageReader.pathOf(context) : null;
    }
}
