package dev.banter.sandbox.graal.js;

import org.graalvm.polyglot.HostAccess;
import org.jspecify.annotations.Nullable;

/**
 * The one host object the dialect prelude holds. It is handed to the prelude as an argument and kept in a closure,
 * never put on the global object; even if guest code got hold of it, every call is checked on the Java side.
 */
public final class HostBridge {

    private final BridgeTarget target;

    public HostBridge(BridgeTarget target) {
        this.target = target;
    }

    @HostAccess.Export
    public @Nullable String subscribe(String kind, String name) {
        return target.subscribe(kind, name);
    }

    @HostAccess.Export
    public @Nullable String reject(String reason) {
        return target.reject(reason);
    }

    @HostAccess.Export
    public @Nullable String modify(String body) {
        return target.modify(body);
    }

    @HostAccess.Export
    public @Nullable String notice(
            String text,
            @Nullable String to,
            @Nullable String group,
            @Nullable String background,
            @Nullable String foreground,
            @Nullable String weight) {
        return target.notice(text, to, group, background, foreground, weight);
    }

    @HostAccess.Export
    public @Nullable String subject(String subject) {
        return target.subject(subject);
    }

    @HostAccess.Export
    public @Nullable String action(String kind, String attributesJson) {
        return target.action(kind, attributesJson);
    }

    @HostAccess.Export
    public @Nullable String moderate(String action, String user, double seconds, String reason) {
        return target.moderate(action, user, seconds, reason);
    }

    @HostAccess.Export
    public @Nullable String kvLoad(String key) {
        return target.kvLoad(key);
    }

    @HostAccess.Export
    public @Nullable String kvPut(String key, String json) {
        return target.kvPut(key, json);
    }

    @HostAccess.Export
    public @Nullable String kvDelete(String key) {
        return target.kvDelete(key);
    }

    @HostAccess.Export
    public String kvKeys() {
        return target.kvKeys();
    }

    @HostAccess.Export
    public @Nullable String timer(String label, double delayMillis, double repeatMillis) {
        return target.timer(label, delayMillis, repeatMillis);
    }

    @HostAccess.Export
    public boolean cancelTimer(String label) {
        return target.cancelTimer(label);
    }

    @HostAccess.Export
    public @Nullable String restyle(@Nullable String background, @Nullable String color, @Nullable String font) {
        return target.restyle(background, color, font);
    }

    @HostAccess.Export
    public void declare(String json) {
        target.declare(json);
    }

    @HostAccess.Export
    public void log(String level, String text) {
        target.log(level, text);
    }

    @HostAccess.Export
    public double now() {
        return target.now();
    }
}
