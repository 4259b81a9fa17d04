package dev.banter.api.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What happens when an instance breaks a limit.
 *
 * <p>The message being handled is delivered ({@link Response#SKIP}, fail-open, the default) or rejected
 * ({@link Response#REJECT}, fail-closed). Every violation except {@link LimitKind#LOG_VOLUME} is a strike; after
 * {@code strikes} strikes within {@code window} the instance is quarantined: its context is closed, its handler
 * passes every message untouched from then on, and the host is told through {@link SandboxListener#quarantined}. A
 * quarantined instance is never rebuilt; installing it again is the host's decision.
 *
 * @param response what the current message gets when the invocation is stopped
 * @param strikes violations within the window that quarantine the instance, at least 1
 * @param window the sliding window strikes are counted in
 * @since 0.1
 */
public record ViolationPolicy(Response response, int strikes, Duration window) {

    private static final ViolationPolicy DEFAULT = new ViolationPolicy(Response.SKIP, 5, Duration.ofMinutes(1));

    public ViolationPolicy {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(window, "window");
        if (strikes < 1) {
            throw new IllegalArgumentException("strikes must be at least 1, was " + strikes);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }

    /** Fail-open; quarantine after 5 strikes in a minute. */
    public static ViolationPolicy defaults() {
        return DEFAULT;
    }

    /** A copy with another response. */
    public ViolationPolicy withResponse(Response newResponse) {
        return new ViolationPolicy(newResponse, strikes, window);
    }

    /** A copy with another strike count and window. */
    public ViolationPolicy quarantineAfter(int newStrikes, Duration newWindow) {
        return new ViolationPolicy(response, newStrikes, newWindow);
    }

    /** What the message being handled gets when an invocation is stopped by a hard limit. */
    public enum Response {
        /** Deliver it as if the extension had passed (fail-open). */
        SKIP,
        /** Reject it (fail-closed). */
        REJECT
    }
}
