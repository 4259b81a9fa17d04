package dev.banter.portal.internal;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The API's JSON: maps, lists, strings, numbers, booleans and null in and out. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** A value as JSON bytes. */
    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** A value as JSON text. */
    public static String text(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** A JSON object, or a 400 saying what is wrong with the text. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(byte[] bytes) {
        Object value;
        try {
            value = MAPPER.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            throw ApiException.bad("the request body is not JSON: " + e.getOriginalMessage());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw ApiException.bad("the request body: expected a JSON object, got " + cut(value));
        }
        return (Map<String, Object>) map;
    }

    /** A JSON text as a value (for kv entries). */
    public static Object parse(String text) {
        return MAPPER.readValue(text, Object.class);
    }

    /** A value as short text for error messages: at most 80 chars. */
    static String cut(Object value) {
        String s = value instanceof String str ? '"' + str + '"' : String.valueOf(value);
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
