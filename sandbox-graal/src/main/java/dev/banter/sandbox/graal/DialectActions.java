package dev.banter.sandbox.graal;

import dev.banter.api.action.Action;
import dev.banter.api.action.Custom;
import dev.banter.api.action.SetTipOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Actions a dialect asks for in one call with a JSON object of attributes, for the rare calls whose shape is more
 * than a few strings (tip options, panels, limited cams). Not on the per-message path.
 *
 * <ul>
 *   <li>{@code tip-options}: {@code {label, options: [..]}} becomes {@link SetTipOptions};
 *   <li>{@code panel}: the panel's fields as strings ({@code template}, {@code row1_label} ...) become the
 *       {@link Custom} action {@code panel}, which the host renders;
 *   <li>{@code limitcam}: {@code {op, message, users}} ({@code op} one of start, stop, add, remove, remove-all;
 *       {@code users} comma-separated) becomes the {@link Custom} action {@code limitcam}.
 * </ul>
 */
final class DialectActions {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The longest attributes text accepted, in chars; longer ones are refused before they are parsed. */
    static final int MAX_JSON = 16 * 1024;

    /** The most attributes, and the most items in one array attribute. */
    static final int MAX_ITEMS = 64;

    private DialectActions() {}

    /**
     * The action of that kind.
     *
     * @throws IllegalArgumentException naming the kind, the field and the value, if the kind is unknown or the
     *     attributes do not fit it
     */
    static Action of(String kind, String json) {
        Map<String, Object> attributes = read(kind, json);
        return switch (kind) {
            case "tip-options" -> tipOptions(attributes);
            case "panel", "limitcam" -> new Custom(kind, strings(kind, attributes));
            default -> throw new IllegalArgumentException("unknown action '" + kind + "'");
        };
    }

    private static SetTipOptions tipOptions(Map<String, Object> attributes) {
        Object label = attributes.getOrDefault("label", "");
        Object options = attributes.getOrDefault("options", List.of());
        if (!(label instanceof String text)) {
            throw new IllegalArgumentException("tip-options: label must be a string, was " + label);
        }
        if (!(options instanceof List<?> list)) {
            throw new IllegalArgumentException("tip-options: options must be a list of strings, was " + options);
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            out.add(String.valueOf(o));
        }
        return new SetTipOptions(text, out);
    }

    private static Map<String, String> strings(String kind, Map<String, Object> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (!(v instanceof String s)) {
                throw new IllegalArgumentException(kind + ": attribute '" + k + "' must be a string, was " + v);
            }
            out.put(k, s);
        });
        return out;
    }

    /** A flat JSON object of strings, numbers, booleans and arrays of those. */
    private static Map<String, Object> read(String kind, String json) {
        if (json.length() > MAX_JSON) {
            throw new IllegalArgumentException(
                    kind + ": the attributes are " + json.length() + " chars of JSON, over " + MAX_JSON);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(kind + ": the attributes must be an object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY) {
                    List<String> items = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(scalar(kind, name, p));
                        bounded(kind, "'" + name + "' items", items.size());
                    }
                    out.put(name, items);
                } else {
                    out.put(name, scalar(kind, name, p));
                }
                bounded(kind, "attributes", out.size());
            }
        } catch (StreamReadException e) {
            throw new IllegalArgumentException(kind + ": the attributes are not JSON: " + e.getOriginalMessage());
        }
        return out;
    }

    private static void bounded(String kind, String what, int count) {
        if (count > MAX_ITEMS) {
            throw new IllegalArgumentException(kind + ": more than " + MAX_ITEMS + " " + what);
        }
    }

    private static String scalar(String kind, String name, JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            throw new IllegalArgumentException(kind + ": attribute '" + name + "' must be a string, number or boolean");
        }
        return p.getString();
    }
}
