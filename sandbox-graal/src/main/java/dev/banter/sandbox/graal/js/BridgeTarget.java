package dev.banter.sandbox.graal.js;

import org.graalvm.polyglot.Value;
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

    /**
     * Emits a host-defined action ({@code Custom}) built from parallel arrays of attribute names and values.
     *
     * @since 0.3
     */
    @Nullable
    String custom(String name, Value keys, Value values);

    /**
     * Records the style a {@code cb/1} app gave the chat message being handled ({@code background}, {@code c},
     * {@code f}); the payload has no style fields, so it becomes a {@code chat.style} custom action when the
     * extension may emit those, and is dropped otherwise.
     *
     * @since 0.3
     */
    void restyle(@Nullable String background, @Nullable String color, @Nullable String font);

    /**
     * Sets the tip options viewers pick from.
     *
     * @since 0.3
     */
    @Nullable
    String tipOptions(String label, Value options);

    /**
     * Keeps what the code declared while loading besides its subscriptions, as JSON ({@code cb/1}: its {@code
     * settings_choices}).
     *
     * @since 0.3
     */
    void declare(String json);

    void log(String level, String text);

    double now();
}
