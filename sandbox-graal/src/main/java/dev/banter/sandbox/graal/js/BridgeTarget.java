package dev.banter.sandbox.graal.js;

import org.jspecify.annotations.Nullable;

/**
 * What the {@link HostBridge} forwards to: one extension instance. Methods that can fail answer an error text that
 * starts with the JavaScript error class to throw ({@code TypeError: ...}, {@code RangeError: ...}, {@code Error:
 * ...}) or with {@code refused:} for an operation refused by a quota that the guest is not told about; null means
 * done. {@link #kvLoad} and {@link #kvKeys} answer JSON, or such an {@code Error: ...} text when the instance was
 * not granted the {@code kv} permission (JSON never starts with a letter, so the two cannot be confused).
 */
public interface BridgeTarget {

    @Nullable
    String subscribe(String kind, String name);

    @Nullable
    String reject(String reason);

    @Nullable
    String modify(String body);

    @Nullable
    String notice(
            String text,
            @Nullable String to,
            @Nullable String group,
            @Nullable String background,
            @Nullable String foreground,
            @Nullable String weight);

    @Nullable
    String subject(String subject);

    /** An action given as a kind and a JSON object of attributes (tip options, panels); see the dialects. */
    @Nullable
    String action(String kind, String attributesJson);

    @Nullable
    String moderate(String action, String user, double seconds, String reason);

    @Nullable
    String kvLoad(String key);

    @Nullable
    String kvPut(String key, String json);

    @Nullable
    String kvDelete(String key);

    String kvKeys();

    @Nullable
    String timer(String label, double delayMillis, double repeatMillis);

    boolean cancelTimer(String label);

    void log(String level, String text);

    double now();
}
