package dev.banter.portal.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One API call: its path parameters, query and JSON body, with typed getters that fail with a 400 naming the field.
 */
public final class Request {

    /** The largest request body the API reads. */
    static final int MAX_BODY = 2 * 1024 * 1024;

    private final HttpExchange exchange;
    private final List<String> params;
    private @Nullable Map<String, Object> body;

    Request(HttpExchange exchange, List<String> params) {
        this.exchange = exchange;
        this.params = params;
    }

    /** The path parameter at {@code index}, URL-decoded. */
    public String param(int index) {
        return URLDecoder.decode(params.get(index), StandardCharsets.UTF_8);
    }

    /** A query parameter, or null. */
    public @Nullable String query(String name) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The JSON body as an object; an empty body is an empty object. */
    public Map<String, Object> body() {
        if (body == null) {
            body = readBody();
        }
        return body;
    }

    /** A string field of the body; null if absent. */
    public @Nullable String string(String field) {
        Object v = body().get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw ApiException.bad(field + ": expected a string, got " + Json.cut(v));
        }
        return s;
    }

    /** A required string field of the body. */
    public String requiredString(String field) {
        String s = string(field);
        if (s == null) {
            throw ApiException.bad(field + ": expected a string, got missing");
        }
        return s;
    }

    /** An integer field of the body in {@code min..max}, or {@code fallback} if absent. */
    public long integer(String field, long fallback, long min, long max) {
        Object v = body().get(field);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Integer || v instanceof Long)
                || ((Number) v).longValue() < min
                || ((Number) v).longValue() > max) {
            throw ApiException.bad(field + ": expected an integer " + min + ".." + max + ", got " + Json.cut(v));
        }
        return ((Number) v).longValue();
    }

    /** An object field of the body, or an empty map if absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String field) {
        Object v = body().get(field);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw ApiException.bad(field + ": expected an object, got " + Json.cut(v));
        }
        return (Map<String, Object>) m;
    }

    /** A list-of-strings field of the body, or an empty list if absent. */
    public List<String> strings(String field) {
        Object v = body().get(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw ApiException.bad(field + ": expected a list of strings, got " + Json.cut(v));
        }
        return list.stream().map(String.class::cast).toList();
    }

    private Map<String, Object> readBody() {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
        if (bytes.length > MAX_BODY) {
            throw new ApiException(413, "the request body is larger than " + MAX_BODY + " bytes");
        }
        if (bytes.length == 0) {
            return new LinkedHashMap<>();
        }
        return Json.readObject(bytes);
    }
}
