package dev.banter.portal.internal;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may call the API: the holder of the session token (header {@value #HEADER} or cookie {@value #COOKIE}), from a
 * page of the portal itself. The Host header must name the portal's own address (against DNS rebinding), and a
 * state-changing call that carries an Origin must come from that same origin.
 */
public final class Guard {

    /** The header that carries the token. */
    public static final String HEADER = "X-Banter-Token";

    /** The cookie that carries the token. */
    public static final String COOKIE = "banter-portal-token";

    private static final Set<String> SAFE = Set.of("GET", "HEAD");

    private final String token;
    private final Set<String> hosts;

    /**
     * @param token the session token
     * @param hosts the {@code host:port} values the Host header may have
     */
    public Guard(String token, Set<String> hosts) {
        this.token = token;
        this.hosts = Set.copyOf(hosts);
    }

    /** A new random token: 32 bytes, URL-safe base64. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code candidate} is the token, compared in constant time. */
    public boolean isToken(@Nullable String candidate) {
        return candidate != null
                && MessageDigest.isEqual(
                        candidate.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** Refuses a request with a wrong Host header (any path). */
    public void checkHost(Headers headers) {
        String host = headers.getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            throw new ApiException(
                    421, "Host: expected one of " + new java.util.TreeSet<>(hosts) + ", got " + Json.cut(host));
        }
    }

    /** Refuses an API call without the token, or a state-changing one from another origin. */
    public void checkApi(String method, Headers headers) {
        checkHost(headers);
        String presented = headers.getFirst(HEADER);
        if (presented == null) {
            presented = cookie(headers.get("Cookie"));
        }
        if (!isToken(presented)) {
            throw new ApiException(
                    401,
                    "the session token is missing or wrong: open the URL banter portal printed (it carries ?token=),"
                            + " or send the " + HEADER + " header");
        }
        if (!SAFE.contains(method)) {
            String origin = headers.getFirst("Origin");
            String expected = "http://" + headers.getFirst("Host");
            if (origin != null && !origin.equalsIgnoreCase(expected)) {
                throw new ApiException(403, "Origin: expected " + expected + ", got " + Json.cut(origin));
            }
            String site = headers.getFirst("Sec-Fetch-Site");
            if (site != null && !site.equals("same-origin") && !site.equals("none")) {
                throw new ApiException(403, "Sec-Fetch-Site: expected same-origin, got " + Json.cut(site));
            }
        }
    }

    /** The {@code Set-Cookie} value that keeps the token in the browser for this session. */
    public String cookieHeader() {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    private static @Nullable String cookie(@Nullable List<String> headers) {
        if (headers == null) {
            return null;
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.startsWith(COOKIE + "=")) {
                    return p.substring(COOKIE.length() + 1);
                }
            }
        }
        return null;
    }
}
