package dev.banter.sdk.harness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Typed access to the keys of one mapping of a scenario file, every failure naming file:line:col, key and value. */
final class Fields {

    private static final int MAX_VALUE = 80;

    private final Node.Mapping mapping;
    private final String path;

    private Fields(Node.Mapping mapping, String path) {
        this.mapping = mapping;
        this.path = path;
    }

    /**
     * The mapping at {@code node}, allowing only {@code allowed} keys.
     *
     * @throws ScenarioFormatException if the node is not a mapping, or has another key
     */
    static Fields of(Node node, String path, Collection<String> allowed) {
        if (!(node instanceof Node.Mapping m)) {
            throw fail(node, path, "a mapping with keys " + new TreeSet<>(allowed));
        }
        for (Node.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw new ScenarioFormatException(
                        e.keyAt(), child(path, e.key()), quote(e.key()), "one of the keys " + new TreeSet<>(allowed));
            }
        }
        return new Fields(m, path);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static ScenarioFormatException fail(Node node, String path, String expected) {
        return new ScenarioFormatException(node.at(), path.isEmpty() ? "$" : path, render(node), expected);
    }

    Node.Location at() {
        return mapping.at();
    }

    String path(String key) {
        return child(path, key);
    }

    Set<String> keys() {
        return mapping.entries().keySet();
    }

    @Nullable
    Node get(String key) {
        Node.Entry e = mapping.entries().get(key);
        return e == null ? null : e.value();
    }

    Node require(String key) {
        Node n = get(key);
        if (n == null) {
            throw new ScenarioFormatException(mapping.at(), path(key), "missing", "the key " + key);
        }
        return n;
    }

    @Nullable
    String string(String key) {
        Node n = get(key);
        return n == null ? null : string(n, path(key));
    }

    String requireString(String key) {
        return string(require(key), path(key));
    }

    static String string(Node n, String path) {
        if (n instanceof Node.Scalar s && s.value() instanceof String str) {
            return str;
        }
        if (n instanceof Node.Scalar s && (s.value() instanceof Number || s.value() instanceof Boolean)) {
            return String.valueOf(s.value()); // YAML reads 42 and true unquoted; a text field takes them as written
        }
        throw fail(n, path, "a string");
    }

    /** A whole number in {@code min..max} at {@code key}, or {@code absent}. */
    long integer(String key, long absent, long min, long max) {
        Node n = get(key);
        return n == null ? absent : integer(n, path(key), min, max);
    }

    static long integer(Node n, String path, long min, long max) {
        if (n instanceof Node.Scalar s
                && (s.value() instanceof Integer || s.value() instanceof Long)
                && ((Number) s.value()).longValue() >= min
                && ((Number) s.value()).longValue() <= max) {
            return ((Number) s.value()).longValue();
        }
        throw fail(n, path, "a whole number from " + min + " to " + max);
    }

    @Nullable
    Boolean bool(String key) {
        Node n = get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        throw fail(n, path(key), "true or false");
    }

    /** The items of the sequence at {@code key}, or null if absent. */
    @Nullable
    List<Node> list(String key) {
        Node n = get(key);
        return n == null ? null : list(n, path(key));
    }

    static List<Node> list(Node n, String path) {
        if (n instanceof Node.Sequence s) {
            return s.items();
        }
        throw fail(n, path, "a list");
    }

    /** A node as plain values: maps (in order), lists, strings, longs, doubles, booleans, null. */
    static @Nullable Object plain(Node n) {
        return switch (n) {
            case Node.Scalar s -> s.value() instanceof Integer i ? Long.valueOf(i) : s.value();
            case Node.Sequence s -> {
                List<@Nullable Object> out = new ArrayList<>();
                s.items().forEach(item -> out.add(plain(item)));
                yield out;
            }
            case Node.Mapping m -> {
                Map<String, @Nullable Object> out = new java.util.LinkedHashMap<>();
                m.entries().values().forEach(e -> out.put(e.key(), plain(e.value())));
                yield out;
            }
        };
    }

    static String quote(String s) {
        String q = '"' + s + '"';
        return q.length() <= MAX_VALUE ? q : q.substring(0, MAX_VALUE) + "...";
    }

    /** The value as it was written, roughly, cut to 80 chars. */
    static String render(Node n) {
        String text = switch (n) {
            case Node.Scalar s -> s.value() instanceof String str ? '"' + str + '"' : String.valueOf(s.value());
            case Node.Sequence s -> "a list " + String.valueOf(plain(s));
            case Node.Mapping m -> "a mapping " + String.valueOf(plain(m));
        };
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE) + "...";
    }
}
