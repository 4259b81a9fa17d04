package dev.banter.sdk.harness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a step (or the end of a scenario) expects. A null member is not checked; a list that is present must match
 * what happened exactly (same items, same order; empty means none).
 *
 * @param verdict what happened to the message
 * @param body the delivered chat body
 * @param actions the actions other than notices, subject changes and timers, in order
 * @param notices the notices, in order
 * @param subject the room subject after the step
 * @param kv listed keys of the extension's kv after the step, as JSON texts; a null text means the key is absent
 * @param violations the keys of the limits broken during the step ({@code deadline}, {@code kv-total} ...)
 * @param line the 1-based line of the {@code expect} key, 0 when not read from a file
 * @since 0.4
 */
public record Expectation(
        @Nullable StepVerdict verdict,
        @Nullable String body,
        @Nullable List<ExpectedAction> actions,
        @Nullable List<ExpectedNotice> notices,
        @Nullable String subject,
        @Nullable Map<String, @Nullable String> kv,
        @Nullable List<String> violations,
        int line) {

    /** Checks nothing. */
    public static final Expectation NONE = new Expectation(null, null, null, null, null, null, null, 0);

    public Expectation {
        actions = actions == null ? null : List.copyOf(actions);
        notices = notices == null ? null : List.copyOf(notices);
        kv = kv == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kv));
        violations = violations == null ? null : List.copyOf(violations);
    }

    /** Whether nothing is checked. */
    public boolean isEmpty() {
        return verdict == null
                && body == null
                && actions == null
                && notices == null
                && subject == null
                && kv == null
                && violations == null;
    }
}
