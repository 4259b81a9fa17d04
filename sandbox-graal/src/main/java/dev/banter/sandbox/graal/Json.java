package dev.banter.sandbox.graal;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes JSON-compatible Java values (settings, key lists) for the prelude. Not on the per-message path. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {}

    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(g, value, "settings");
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value, String path) {
        switch (value) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Double d -> {
                if (d.isNaN() || d.isInfinite()) {
                    throw new IllegalArgumentException(path + " is " + d + ", which JSON cannot hold");
                }
                g.writeNumber(d);
            }
            case Number n -> g.writeNumber(n.doubleValue());
            case List<?> list -> {
                g.writeStartArray();
                for (int i = 0; i < list.size(); i++) {
                    write(g, list.get(i), path + "[" + i + "]");
                }
                g.writeEndArray();
            }
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        throw new IllegalArgumentException(path + " has a key that is not a string: " + e.getKey());
                    }
                    g.writeName(key);
                    write(g, e.getValue(), path + "." + key);
                }
                g.writeEndObject();
            }
            default ->
                throw new IllegalArgumentException(
                        path + " is a " + value.getClass().getName()
                                + "; settings hold strings, numbers, booleans, lists, maps and null");
        }
    }
}
