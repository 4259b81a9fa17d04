package dev.banter.core.extension;

import dev.banter.api.extension.ValidationProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads from a {@link JsonDocument} tree that record a problem, with path and value, instead of throwing. Each
 * read answers null when the value is missing or unusable, so that reading goes on and finds every problem.
 */
final class Problems {

    final List<ValidationProblem> list = new ArrayList<>();

    void add(String path, @Nullable Object value, String expected) {
        list.add(new ValidationProblem(path, value == null ? "missing" : JsonDocument.render(value), expected));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Records every key of {@code object} that is not in {@code known}. */
    void unknownKeys(Map<String, Object> object, String base, List<String> known, String what) {
        for (Map.Entry<String, Object> e : object.entrySet()) {
            if (!known.contains(e.getKey())) {
                add(
                        JsonDocument.child(base, e.getKey()),
                        e.getKey(),
                        "one of the keys of " + what + ": " + String.join(", ", known));
            }
        }
    }

    /** A string matching {@code form}; a missing one is a problem only if {@code required}. */
    @Nullable
    String text(Map<String, Object> object, String base, String key, boolean required, Pattern form, String expected) {
        String path = JsonDocument.child(base, key);
        Object v = object.get(key);
        if (v == null) {
            if (required) {
                add(path, null, expected);
            }
            return null;
        }
        return text(v, path, form, expected);
    }

    @Nullable
    String text(Object v, String path, Pattern form, String expected) {
        if (!(v instanceof String s) || !form.matcher(s).matches()) {
            add(path, v, expected);
            return null;
        }
        return s;
    }

    /** A string of {@code min..max} chars with something other than spaces, when {@code min > 0}. */
    @Nullable
    String label(Map<String, Object> object, String base, String key, boolean required, int min, int max) {
        String path = JsonDocument.child(base, key);
        Object v = object.get(key);
        String expected = "a string of " + min + ".." + max + " chars" + (min > 0 ? ", not blank" : "");
        if (v == null) {
            if (required) {
                add(path, null, expected);
            }
            return null;
        }
        if (!(v instanceof String s) || s.length() < min || s.length() > max || (min > 0 && s.isBlank())) {
            add(path, v, expected);
            return null;
        }
        return s;
    }

    /** {@code true} or {@code false}; {@code fallback} when missing. */
    @Nullable
    Boolean bool(Map<String, Object> object, String base, String key, boolean fallback) {
        Object v = object.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            add(JsonDocument.child(base, key), v, "true or false");
            return null;
        }
        return b;
    }

    /** An integer in {@code min..max}; {@code fallback} when missing. */
    @Nullable
    Long integer(Map<String, Object> object, String base, String key, long min, long max, @Nullable Long fallback) {
        Object v = object.get(key);
        if (v == null) {
            return fallback;
        }
        return integer(v, JsonDocument.child(base, key), min, max, "an integer " + min + ".." + max);
    }

    @Nullable
    Long integer(Object v, String path, long min, long max, String expected) {
        if (v instanceof Long l && l >= min && l <= max) {
            return l;
        }
        add(path, v, expected);
        return null;
    }

    /** A JSON object; null (and a problem) when the value is something else. */
    @SuppressWarnings("unchecked")
    @Nullable
    Map<String, Object> object(@Nullable Object v, String path, String expected) {
        if (v instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (v != null) {
            add(path, v, expected);
        }
        return null;
    }

    /** A JSON array of at most {@code max} items; null (and a problem) when the value is something else. */
    @SuppressWarnings("unchecked")
    @Nullable
    List<Object> array(@Nullable Object v, String path, int max, String expected) {
        if (v instanceof List<?> list && list.size() <= max) {
            return (List<Object>) list;
        }
        if (v != null) {
            add(path, v instanceof List<?> l ? l.size() + " items" : v, expected);
        }
        return null;
    }

    /**
     * An array of at most {@code max} distinct strings matching {@code form}; empty when missing. Each bad or repeated
     * item is a problem at its index.
     */
    List<String> strings(Map<String, Object> object, String key, int max, Pattern form, String expected) {
        String path = JsonDocument.child(JsonDocument.ROOT, key);
        List<Object> items = array(object.get(key), path, max, "an array of at most " + max + " items: " + expected);
        if (items == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String s = text(items.get(i), path + "[" + i + "]", form, expected);
            if (s != null && !seen.add(s)) {
                add(path + "[" + i + "]", s, "each item once");
            } else if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
