package dev.banter.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A test client of the portal's API: JSON in and out, the token in its header unless told otherwise. */
final class PortalClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, Map<String, Object> body, java.net.http.HttpHeaders headers) {
        @SuppressWarnings("unchecked")
        <T> T get(String key) {
            return (T) body.get(key);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final Portal portal;

    PortalClient(Portal portal) {
        this.portal = portal;
    }

    Answer get(String path) {
        return send("GET", path, null, Map.of("X-Banter-Token", portal.token()));
    }

    Answer post(String path, Object body) {
        return send("POST", path, body, Map.of("X-Banter-Token", portal.token()));
    }

    Answer put(String path, Object body) {
        return send("PUT", path, body, Map.of("X-Banter-Token", portal.token()));
    }

    Answer delete(String path) {
        return send("DELETE", path, null, Map.of("X-Banter-Token", portal.token()));
    }

    @SuppressWarnings("unchecked")
    Answer send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(portal.base() + path));
        headers.forEach(b::header);
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        b.method(
                method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        if (text != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> json = r.body().isEmpty() || !r.body().startsWith("{")
                    ? Map.of("raw", r.body())
                    : JSON.readValue(r.body(), Map.class);
            return new Answer(r.statusCode(), json, r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
