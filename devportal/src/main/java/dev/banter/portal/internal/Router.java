package dev.banter.portal.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's one HTTP handler: the app's static files under {@code /}, the JSON API under {@code /api/}. Every
 * API answer is JSON; a refusal is {@code {"error": "..."}} with its status.
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final String WEB = "/dev/banter/portal/web/";
    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "css",
            "text/css; charset=utf-8");

    /** What one route does with a call. */
    @FunctionalInterface
    public interface Handler {
        Object handle(Request request);
    }

    private record Route(String method, Pattern path, Handler handler) {}

    private final Guard guard;
    private final List<Route> routes = new ArrayList<>();

    public Router(Guard guard) {
        this.guard = guard;
    }

    /** Adds a route; {@code path} is a regular expression whose groups are the path parameters. */
    public Router on(String method, String path, Handler handler) {
        routes.add(new Route(method, Pattern.compile(path), handler));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            try {
                if (path.startsWith("/api/")) {
                    api(exchange, path);
                } else {
                    page(exchange, path);
                }
            } catch (ApiException e) {
                send(exchange, e.status(), Map.of("error", e.getMessage()));
            }
        }
    }

    private void api(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        guard.checkApi(method, exchange.getRequestHeaders());
        boolean pathKnown = false;
        for (Route r : routes) {
            Matcher m = r.path.matcher(path);
            if (!m.matches()) {
                continue;
            }
            pathKnown = true;
            if (!r.method.equals(method)) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
                params.add(m.group(i));
            }
            send(exchange, 200, call(r.handler, new Request(exchange, params)));
            return;
        }
        throw pathKnown
                ? new ApiException(405, "method " + method + " is not allowed on " + path)
                : ApiException.notFound("no API endpoint " + path);
    }

    private static Object call(Handler handler, Request request) {
        try {
            Object result = handler.handle(request);
            return result == null ? Map.of("ok", true) : result;
        } catch (ApiException e) {
            throw e;
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiException.conflict(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.bad(e.getMessage());
        } catch (UncheckedIOException e) {
            LOG.warn("portal: a file operation failed", e);
            throw new ApiException(500, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("portal: internal error", e);
            throw new ApiException(500, "internal error: " + e);
        }
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        guard.checkHost(exchange.getRequestHeaders());
        if (!exchange.getRequestMethod().equals("GET")) {
            throw new ApiException(405, "method " + exchange.getRequestMethod() + " is not allowed on " + path);
        }
        String query = exchange.getRequestURI().getRawQuery();
        if (path.equals("/") && query != null && query.startsWith("token=")) {
            // The printed URL: keep the token in a cookie, then show the app without it in the address bar.
            if (!guard.isToken(query.substring("token=".length()))) {
                throw new ApiException(401, "the token in the URL is wrong: use the URL banter portal printed");
            }
            exchange.getResponseHeaders().add("Set-Cookie", guard.cookieHeader());
            exchange.getResponseHeaders().add("Location", "/");
            exchange.sendResponseHeaders(303, -1);
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        if (!name.matches("[a-z0-9-]+\\.(html|js|css)")) {
            throw ApiException.notFound("no page " + path);
        }
        try (InputStream in = Router.class.getResourceAsStream(WEB + name)) {
            if (in == null) {
                throw ApiException.notFound("no page " + path
                        + (name.equals("app.js") ? " (the app was not bundled: build devportal with Node.js)" : ""));
            }
            byte[] bytes = in.readAllBytes();
            headers(exchange, TYPES.get(ext));
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.write(body);
        headers(exchange, "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set(
                "Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
    }

    /** A map literal for answers, keys in order. */
    public static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
