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

    /**
     * Styles the chat message being handled, as a {@code cb/1} app's {@code background}, {@code c} and {@code f} or a
     * {@code cb/2} app's {@code $message.setBgColor}/{@code setColor}/{@code setFont} ask: the delivered
     * {@link dev.banter.api.types.ChatMessage} carries the style (each value cut at
     * {@value dev.banter.api.types.ChatMessage#MAX_STYLE} chars); a null value keeps the current one, and
     * {@code banter/1}'s {@code ctx.modify({color: ...})} does the same. After a rejection it does nothing.
     *
     * @return null, or the error to throw: outside a handler, or for a message that is not room chat
     *
     * @since 0.3
     */
    @Nullable
    String restyle(@Nullable String background, @Nullable String color, @Nullable String font);

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
