package dev.banter.sandbox.graal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/** Reads the small arrays a dialect prelude hands the host (action attributes, tip options) into Java values. */
final class DialectValues {

    /** More than any action accepts: larger arrays are refused before they are copied. */
    private static final long MAX_ITEMS = 64;

    private DialectValues() {}

    static List<String> strings(Value array) {
        long size = size(array, "options");
        List<String> out = new ArrayList<>((int) size);
        for (long i = 0; i < size; i++) {
            out.add(text(array.getArrayElement(i), "[" + i + "]"));
        }
        return out;
    }

    static Map<String, String> attributes(Value keys, Value values) {
        long size = size(keys, "attributes");
        if (size(values, "attribute values") != size) {
            throw new IllegalArgumentException("attribute names and values differ in number");
        }
        Map<String, String> out = new HashMap<>();
        for (long i = 0; i < size; i++) {
            String key = text(keys.getArrayElement(i), "attribute name [" + i + "]");
            out.put(key, text(values.getArrayElement(i), "attribute '" + key + "'"));
        }
        return out;
    }

    private static long size(Value array, String what) {
        if (!array.hasArrayElements()) {
            throw new IllegalArgumentException(what + " must be an array");
        }
        long size = array.getArraySize();
        if (size > MAX_ITEMS) {
            throw new IllegalArgumentException("at most " + MAX_ITEMS + " " + what + ", got " + size);
        }
        return size;
    }

    private static String text(Value v, String what) {
        if (!v.isString()) {
            String shown = String.valueOf(v);
            throw new IllegalArgumentException(
                    what + " must be a string, was " + (shown.length() > 80 ? shown.substring(0, 80) + "..." : shown));
        }
        return v.asString();
    }
}
