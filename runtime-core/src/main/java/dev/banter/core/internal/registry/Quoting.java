package dev.banter.core.internal.registry;

/** Renders offending values for {@link dev.banter.api.message.MessageFormatException}, cut to 80 chars. */
final class Quoting {

    static final int MAX_VALUE = 80;

    private Quoting() {}

    /** {@code s} as a JSON string literal, so that quotes and control chars stay visible; cut to 80 chars. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_VALUE) + 8).append('"');
        int i = 0;
        // Stop escaping once the result is too long to keep anyway: the value may be megabytes.
        for (; i < s.length() && sb.length() <= MAX_VALUE; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (i == s.length()) {
            sb.append('"');
        }
        return cut(sb.toString());
    }

    /**
     * The path of property {@code name} under {@code parent} ({@code ""} for the top level): {@code parent.name}, or
     * {@code parent["odd name"]} when the name is not a plain identifier ({@code $["odd name"]} at the top level).
     */
    static String member(String parent, String name) {
        if (isPlain(name)) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return (parent.isEmpty() ? "$" : parent) + "[" + quote(name) + "]";
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || name.length() > MAX_VALUE) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} cut to 80 chars, ending in {@code ...} when cut, never splitting a surrogate pair. */
    static String cut(String s) {
        if (s.length() <= MAX_VALUE) {
            return s;
        }
        int end = MAX_VALUE - 3;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "...";
    }
}
