package dev.banter.sdk.harness;

import dev.banter.api.room.Role;
import dev.banter.api.room.TipperTier;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.types.BuiltinTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two line formats of the tools, both one JSON object per line and stable:
 *
 * <ul>
 *   <li><b>Event streams</b> ({@code banter run --record}, the input of {@code banter replay} and {@code banter
 *       profile}): each line is one scenario step without {@code expect}, such as {@code {"chat":{"user":"bob",
 *       "body":"hi"}}}, {@code {"tip":{"user":"carol","amount":50,"note":""}}} or {@code {"advance":"5m"}}; read
 *       with {@link Scenarios#parseEvents}.
 *   <li><b>Replay output</b>: for every step one {@code outcome} line (or a {@code time} line after
 *       {@code advance}), then one {@code action} line per action and one {@code violation} line per limit
 *       violation, each with the 1-based {@code step} (0 for what happened while the extension started):
 *       <pre>{@code
 * {"step":1,"kind":"outcome","type":"chat.message","user":"bob","verdict":"reject","reason":"scam"}
 * {"step":1,"kind":"action","action":"ban","user":"bob","reason":"scam"}
 * {"step":2,"kind":"time","at":"2026-01-01T00:05:00Z"}
 * {"step":2,"kind":"violation","limit":"deadline","measured":31,"max":20,"detail":"..."}
 * }</pre>
 *       An outcome carries {@code body} when a chat message was delivered modified, and {@code reason} when it was
 *       rejected; an action carries the fields of {@link ActionViews}.
 * </ul>
 *
 * @since 0.4
 */
public final class EventStreams {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventStreams() {}

    /** An event as one event-stream line. */
    public static String line(SimEvent e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", user(e.user()));
        String key;
        switch (e.label()) {
            case "chat" -> {
                key = "chat";
                body.put("body", e.payload().get("body"));
            }
            case "tip" -> {
                key = "tip";
                body.put("amount", e.payload().get("amount"));
                body.put("note", e.payload().get("note"));
            }
            case "command" -> {
                key = "command";
                String[] words =
                        String.valueOf(e.payload().get("body")).substring(1).split(" ");
                body.put("name", words[0]);
                body.put("args", Arrays.asList(words).subList(1, words.length));
            }
            case "enter", "leave", "follow", "unfollow" -> key = e.label();
            case "fanclub" -> {
                key = "fanclub";
                body.put("months", e.payload().get("months"));
            }
            default -> {
                key = "event";
                body.put("type", e.type());
                body.put("payload", e.payload());
            }
        }
        return JSON.writeValueAsString(Map.of(key, body));
    }

    /** Time passing, as one event-stream line. */
    public static String line(Step.Advance advance) {
        return JSON.writeValueAsString(Map.of("advance", Durations.format(advance.by())));
    }

    /** A step as one event-stream line. */
    public static String line(Step step) {
        return switch (step) {
            case Step.Send s -> line(s.event());
            case Step.Advance a -> line(a);
        };
    }

    private static Object user(User u) {
        if (u.roles().isEmpty() && u.tipper() == TipperTier.NONE && u.gender() == dev.banter.api.room.Gender.UNKNOWN) {
            return u.name();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.name());
        List<String> roles = new ArrayList<>();
        for (Role r : u.roles()) {
            roles.add(r == Role.FAN ? "fanclub" : r.wireName());
        }
        if (!roles.isEmpty()) {
            m.put("roles", roles);
        }
        if (u.tipper() != TipperTier.NONE) {
            m.put("tipped", u.tipper().wireName());
        }
        if (u.gender() != dev.banter.api.room.Gender.UNKNOWN) {
            m.put("gender", u.gender().wireName());
        }
        return m;
    }

    /**
     * The replay output of one step: its outcome (or time) line, then its actions and violations.
     *
     * @param step the 1-based step, 0 for the start
     * @param event the event sent, or null for time passing and the start
     * @param now the virtual time after the step
     */
    public static List<String> replayLines(int step, @Nullable SimEvent event, StepResult r, Instant now) {
        List<String> out = new ArrayList<>();
        if (event != null) {
            Map<String, Object> m = head(step, "outcome");
            m.put(
                    "type",
                    event.type().equals(BuiltinTypes.CHAT_MESSAGE.name())
                                    && event.label().equals("command")
                            ? "command"
                            : event.type());
            m.put("user", event.user().name());
            m.put("verdict", r.verdict() == null ? null : r.verdict().key());
            if (r.verdict() == StepVerdict.MODIFY && r.body() != null) {
                m.put("body", r.body());
            }
            if (r.verdict() == StepVerdict.REJECT && r.outcome() != null) {
                m.put("reason", r.outcome().reason());
            }
            if (!r.failures().isEmpty()) {
                m.put("failures", r.failures());
            }
            out.add(JSON.writeValueAsString(m));
        } else if (step > 0) {
            Map<String, Object> m = head(step, "time");
            m.put("at", now.toString());
            out.add(JSON.writeValueAsString(m));
        }
        for (ActionViews.View v : r.views()) {
            Map<String, Object> m = head(step, "action");
            m.put("action", v.kind());
            m.putAll(v.fields());
            out.add(JSON.writeValueAsString(m));
        }
        for (LimitViolation v : r.violations()) {
            Map<String, Object> m = head(step, "violation");
            m.put("limit", v.limit().key());
            m.put("measured", v.measured());
            m.put("max", v.limitValue());
            m.put("detail", v.detail());
            out.add(JSON.writeValueAsString(m));
        }
        return out;
    }

    private static Map<String, Object> head(int step, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", step);
        m.put("kind", kind);
        return m;
    }
}
