package dev.banter.sdk.harness;

import java.util.Locale;

/**
 * What happened to a message in the room, as a scenario states it.
 *
 * @since 0.4
 */
public enum StepVerdict {
    /** Delivered unchanged. */
    PASS,
    /** Rejected by a handler (or refused by the room). */
    REJECT,
    /** Delivered with a modified payload. */
    MODIFY;

    /** The name in scenario files: {@code pass}, {@code reject}, {@code modify}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
