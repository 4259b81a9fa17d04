package dev.banter.sdk.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/** Reads YAML or JSON text into {@link Node}s through Jackson's streaming parsers, keeping every token's position. */
final class NodeReader {

    private static final TokenStreamFactory YAML = YAMLFactory.builder().build();
    private static final TokenStreamFactory JSON = JsonFactory.builder().build();

    private final String file;
    private final int lineOffset;
    private final JsonParser parser;

    private NodeReader(String file, int lineOffset, JsonParser parser) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.parser = parser;
    }

    /**
     * Reads one YAML document.
     *
     * @return the root, or null for an empty document
     * @throws ScenarioFormatException at the position of a syntax error or a key given twice
     */
    static @Nullable Node yaml(String text, String file) {
        return read(YAML, text, file, 0);
    }

    /**
     * Reads one JSON value written on line {@code line} of {@code file}.
     *
     * @throws ScenarioFormatException at the position of a syntax error or a key given twice
     */
    static @Nullable Node json(String text, String file, int line) {
        return read(JSON, text, file, line - 1);
    }

    private static @Nullable Node read(TokenStreamFactory factory, String text, String file, int lineOffset) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            NodeReader reader = new NodeReader(file, lineOffset, p);
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            Node root = reader.value(first);
            if (p.nextToken() != null) {
                Node.Location at = reader.here();
                throw new ScenarioFormatException(at, "$", "more", "one document only");
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            Node.Location at = loc == null
                    ? new Node.Location(file, 1 + lineOffset, 1)
                    : new Node.Location(
                            file, Math.max(1, loc.getLineNr()) + lineOffset, Math.max(1, loc.getColumnNr()));
            throw new ScenarioFormatException(
                    at, "$", "unreadable text", "valid syntax (" + e.getOriginalMessage() + ")");
        }
    }

    private Node.Location here() {
        TokenStreamLocation loc = parser.currentTokenLocation();
        return new Node.Location(file, Math.max(1, loc.getLineNr()) + lineOffset, Math.max(1, loc.getColumnNr()));
    }

    private Node value(JsonToken token) {
        Node.Location at = here();
        return switch (token) {
            case START_OBJECT -> mapping(at);
            case START_ARRAY -> sequence(at);
            case VALUE_STRING -> new Node.Scalar(parser.getString(), at);
            case VALUE_NUMBER_INT -> new Node.Scalar(parser.getNumberValue(), at);
            case VALUE_NUMBER_FLOAT -> new Node.Scalar(parser.getDoubleValue(), at);
            case VALUE_TRUE -> new Node.Scalar(Boolean.TRUE, at);
            case VALUE_FALSE -> new Node.Scalar(Boolean.FALSE, at);
            case VALUE_NULL -> new Node.Scalar(null, at);
            default -> throw new ScenarioFormatException(at, "$", token.name(), "a value");
        };
    }

    private Node mapping(Node.Location at) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Node.Location keyAt = here();
            Node value = value(parser.nextToken());
            if (entries.putIfAbsent(key, new Node.Entry(key, keyAt, value)) != null) {
                throw new ScenarioFormatException(keyAt, key, key, "each key once in a mapping");
            }
        }
        return new Node.Mapping(entries, at);
    }

    private Node sequence(Node.Location at) {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(value(t));
        }
        return new Node.Sequence(items, at);
    }
}
