package dev.banter.core.extension;

import dev.banter.api.extension.ValidationProblem;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON document read into plain Java values: {@link Map} (in document order), {@link List}, {@link String},
 * {@link Long} or {@link BigInteger}, {@link Double} or {@link BigDecimal}, {@link Boolean} and {@link #NULL}.
 * Duplicate keys, trailing content and syntax errors become problems instead of exceptions, so that a reader can
 * report them together with everything else.
 */
final class JsonDocument {

    /** JSON {@code null}; maps never hold Java null. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** The path of the document itself. */
    static final String ROOT = "$";

    /** Manifests are small; anything larger is refused before parsing. */
    static final int MAX_CHARS = 1 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final String text;
    private final List<ValidationProblem> problems;

    private JsonDocument(String text, List<ValidationProblem> problems) {
        this.text = text;
        this.problems = problems;
    }

    /**
     * Reads {@code text}; every problem found is added to {@code problems}.
     *
     * @return the top-level value, or null when the text is not JSON at all
     */
    static @Nullable Object read(String text, List<ValidationProblem> problems) {
        if (text.length() > MAX_CHARS) {
            problems.add(new ValidationProblem(
                    ROOT, text.length() + " chars", "a document of at most " + MAX_CHARS + " chars"));
            return null;
        }
        JsonDocument doc = new JsonDocument(text, problems);
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    problems.add(new ValidationProblem(ROOT, "an empty document", "a JSON object"));
                    return null;
                }
                Object root = doc.value(p, first, ROOT);
                doc.expectEnd(p);
                return root;
            } catch (JacksonException e) {
                problems.add(doc.syntaxProblem(e, pathOf(p.streamReadContext())));
                return null;
            }
        } catch (JacksonException e) {
            return null; // closing a string reader does not fail
        }
    }

    /** The path of where the parser stopped: the key or index it was reading. */
    private static String pathOf(@Nullable TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return ROOT;
        }
        String parent = pathOf(context.getParent());
        if (context.inObject()) {
            String name = context.currentName();
            return name == null ? parent : child(parent, name);
        }
        return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
    }

    private Object value(JsonParser p, JsonToken t, String path) {
        return switch (t) {
            case START_OBJECT -> object(p, path);
            case START_ARRAY -> array(p, path);
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT ->
                p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> NULL;
        };
    }

    private Map<String, Object> object(JsonParser p, String path) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            String keyPath = child(path, key);
            Object v = value(p, p.nextToken(), keyPath);
            if (map.containsKey(key)) {
                problems.add(new ValidationProblem(keyPath, render(v), "each key once in an object"));
            } else {
                map.put(key, v);
            }
        }
        return map;
    }

    private List<Object> array(JsonParser p, String path) {
        List<Object> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            list.add(value(p, t, path + "[" + list.size() + "]"));
        }
        return list;
    }

    private void expectEnd(JsonParser p) {
        JsonToken next;
        try {
            next = p.nextToken();
        } catch (JacksonException e) {
            next = JsonToken.NOT_AVAILABLE;
        }
        if (next != null) {
            problems.add(new ValidationProblem(
                    ROOT, snippet(p.currentTokenLocation()), "nothing after the top-level value"));
        }
    }

    private ValidationProblem syntaxProblem(JacksonException e, String at) {
        TokenStreamLocation where = e.getLocation();
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf('\n');
        message = cut < 0 ? message : message.substring(0, cut);
        message = message.length() <= 160 ? message : message.substring(0, 160) + "...";
        String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return new ValidationProblem(at, snippet(where), "well-formed JSON (" + message + position + ")");
    }

    /** Up to 40 chars of the text from {@code where}, quoted; {@code end of input} past the end. */
    private String snippet(@Nullable TokenStreamLocation where) {
        long offset = where == null ? -1 : where.getCharOffset();
        if (offset < 0 || offset > text.length()) {
            return "\"" + cut(text, 40) + "\"";
        }
        if (offset == text.length()) {
            return "end of input";
        }
        return "\"" + cut(text.substring((int) offset), 40) + "\"";
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    /** The path of {@code key} in the object at {@code parent}: {@code a.b}, or {@code a["odd key"]}. */
    static String child(String parent, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return parent.equals(ROOT) ? key : parent + "." + key;
        }
        String quoted = "[" + render(key) + "]";
        return parent.equals(ROOT) ? ROOT + quoted : parent + quoted;
    }

    /** A value as compact JSON, cut to 80 chars, for {@link ValidationProblem#value()}. */
    static String render(@Nullable Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(g, value);
        }
        return cut(out.toString(), 80);
    }

    /** Writes one of the values this class reads, or a Java value of the same kinds. */
    static void write(JsonGenerator g, @Nullable Object value) {
        if (value == null || value == NULL) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(String.valueOf(value));
        }
    }
}
