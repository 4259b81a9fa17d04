package dev.banter.sdk.harness;

import dev.banter.api.action.Action;
import dev.banter.api.action.Ban;
import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Kick;
import dev.banter.api.action.Mute;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.SetTipOptions;
import dev.banter.api.action.Warn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Actions as scenario files and event streams name them: a kind and a few fields.
 *
 * <table>
 *   <caption>action views</caption>
 *   <tr><th>kind</th><th>fields</th></tr>
 *   <tr><td>notice</td><td>text, to (a user) or group (moderators, fans ...)</td></tr>
 *   <tr><td>subject</td><td>subject</td></tr>
 *   <tr><td>ban, kick, warn</td><td>user, reason</td></tr>
 *   <tr><td>mute</td><td>user, seconds, reason</td></tr>
 *   <tr><td>tipOptions</td><td>label, options (a list)</td></tr>
 *   <tr><td>custom</td><td>kind (the custom action's name), attributes (a map)</td></tr>
 *   <tr><td>timer, timerCancel</td><td>label, and for timer delayMs and repeatMs</td></tr>
 * </table>
 *
 * @since 0.4
 */
public final class ActionViews {

    /** The kinds an {@link Expectation#actions()} list holds: everything but notices, subjects and timers. */
    public static final Set<String> LISTED_KINDS = Set.of("ban", "mute", "kick", "warn", "tipOptions", "custom");

    private ActionViews() {}

    /**
     * One action as a kind and its fields (strings, numbers, lists of strings, maps of strings), in a fixed order.
     *
     * @param kind the kind
     * @param fields the fields
     */
    public record View(String kind, Map<String, Object> fields) {
        public View {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** The view of an action. */
    public static View scenarioView(Action action) {
        Map<String, Object> f = new LinkedHashMap<>();
        String kind = switch (action) {
            case Notice n -> {
                f.put("text", n.text());
                switch (n.target()) {
                    case NoticeTarget.ToUser u -> f.put("to", u.name());
                    case NoticeTarget.ToGroup g -> f.put("group", g.audience().wireName());
                    case NoticeTarget.Everyone e -> {}
                }
                yield "notice";
            }
            case SetSubject s -> {
                f.put("subject", s.subject());
                yield "subject";
            }
            case Ban b -> moderation(f, b.user(), b.reason(), "ban");
            case Kick k -> moderation(f, k.user(), k.reason(), "kick");
            case Warn w -> moderation(f, w.user(), w.reason(), "warn");
            case Mute m -> {
                f.put("user", m.user());
                f.put("seconds", m.duration().toSeconds());
                f.put("reason", m.reason());
                yield "mute";
            }
            case SetTipOptions t -> {
                f.put("label", t.label());
                f.put("options", t.options());
                yield "tipOptions";
            }
            case Custom c -> {
                f.put("kind", c.name());
                f.put("attributes", new TreeMap<>(c.attributes()));
                yield "custom";
            }
            case ScheduleTimer t -> {
                f.put("label", t.label());
                f.put("delayMs", t.delay().toMillis());
                f.put("repeatMs", t.repeat().toMillis());
                yield "timer";
            }
            case CancelTimer c -> {
                f.put("label", c.label());
                yield "timerCancel";
            }
        };
        return new View(kind, f);
    }

    private static String moderation(Map<String, Object> f, String user, String reason, String kind) {
        f.put("user", user);
        f.put("reason", reason);
        return kind;
    }

    /** A view as the short text reports use: {@code ban {user: bob, reason: scam}}. */
    static String describe(View v) {
        StringBuilder b = new StringBuilder("{").append(v.kind()).append(": {");
        String sep = "";
        for (Map.Entry<String, Object> e : v.fields().entrySet()) {
            Object value = e.getValue();
            b.append(sep).append(e.getKey()).append(": ");
            b.append(value instanceof String s ? '"' + s + '"' : String.valueOf(value));
            sep = ", ";
        }
        return b.append("}}").toString();
    }
}
