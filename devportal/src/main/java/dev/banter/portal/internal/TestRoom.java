package dev.banter.portal.internal;

import dev.banter.api.action.Action;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeStyle;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.SetSubject;
import dev.banter.api.room.Gender;
import dev.banter.api.room.Role;
import dev.banter.api.room.TipperTier;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.types.ChatMessage;
import dev.banter.sdk.harness.ActionViews;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.SimEvent;
import dev.banter.sdk.harness.SimulatedRoom;
import dev.banter.sdk.harness.StepResult;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One project running in a {@link SimulatedRoom} for the test-room panel, with the feed of what viewers and the host
 * saw: chat after transforms and rejections (with its styles), notices, subject, panel, other actions, logs, limit
 * violations and handler failures. The panel polls {@link #state(long)} for entries after the last one it has.
 *
 * <p>Calls are serialized: a simulated room is driven by one caller at a time.
 */
final class TestRoom implements AutoCloseable {

    /** The events the panel can send. */
    static final Set<String> KINDS = Set.of("chat", "tip", "enter", "leave", "follow", "unfollow", "advance");

    private static final int MAX_FEED = 2000;

    private final SimulatedRoom room;
    private final List<Map<String, Object>> feed = new ArrayList<>();
    private @Nullable Map<String, String> panel;
    private long sequence;

    TestRoom(ExtensionProject project, Map<String, Object> settings) {
        this.room = SimulatedRoom.newBuilder(project).settings(settings).build();
        add(Router.map(
                "kind",
                "system",
                "text",
                "installed " + project.pkg().manifest().coordinates() + " in room "
                        + room.room().value() + " (" + room.executionMode() + ")"));
        record(room.startResult());
    }

    /** Sends one event from the panel. */
    synchronized List<Map<String, Object>> send(Request r) {
        String kind = r.requiredString("kind");
        if (!KINDS.contains(kind)) {
            throw ApiException.bad(
                    "kind: expected one of " + new java.util.TreeSet<>(KINDS) + ", got " + Json.cut(kind));
        }
        long first = sequence + 1;
        if (kind.equals("advance")) {
            long ms = r.integer("ms", 60_000, 1, Duration.ofDays(7).toMillis());
            StepResult step = room.advance(Duration.ofMillis(ms));
            add(Router.map("kind", "time", "text", "advanced " + Duration.ofMillis(ms) + " to " + room.now()));
            record(step);
        } else {
            User user = user(r);
            SimEvent event = event(kind, user, r);
            if (!kind.equals("chat")) {
                add(Router.map("kind", "event", "user", user.name(), "text", event.describe()));
            }
            StepResult step = room.send(event);
            if (kind.equals("chat")) {
                add(chatLine(user, r.requiredString("body"), step));
            }
            record(step);
        }
        return feed.stream().filter(e -> (long) e.get("seq") >= first).toList();
    }

    /** The room now, and the feed entries after {@code since}. */
    synchronized Map<String, Object> state(long since) {
        Map<String, Object> kv = new LinkedHashMap<>();
        room.kv().forEach((k, v) -> kv.put(k, Json.parse(v)));
        return Router.map(
                "running", true,
                "extension", room.project().pkg().manifest().coordinates(),
                "room", room.room().value(),
                "now", room.now().toString(),
                "subject", room.subject(),
                "panel", panel,
                "kv", kv,
                "kvSize", room.kvSize(),
                "feed", feed.stream().filter(e -> (long) e.get("seq") > since).toList(),
                "last", sequence);
    }

    @Override
    public synchronized void close() {
        room.close();
    }

    private static SimEvent event(String kind, User user, Request r) {
        return switch (kind) {
            case "chat" -> SimEvent.chat(user, nonEmpty(r.requiredString("body"), "body", 4096));
            case "tip" -> SimEvent.tip(user, r.integer("amount", 1, 1, 1_000_000), limit(r, "note", 512));
            case "enter" -> SimEvent.of("user.enter", user, Map.of());
            case "leave" -> SimEvent.of("user.leave", user, Map.of());
            case "follow" -> SimEvent.of("user.follow", user, Map.of());
            default -> SimEvent.of("user.unfollow", user, Map.of());
        };
    }

    private static String limit(Request r, String field, int max) {
        String s = r.string(field);
        if (s != null && s.length() > max) {
            throw ApiException.bad(field + ": expected at most " + max + " chars, got " + s.length());
        }
        return s == null ? "" : s;
    }

    private static String nonEmpty(String s, String field, int max) {
        if (s.isEmpty() || s.length() > max) {
            throw ApiException.bad(field + ": expected 1.." + max + " chars, got " + s.length());
        }
        return s;
    }

    private static User user(Request r) {
        String name = r.requiredString("user");
        if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw ApiException.bad("user: expected 1..64 chars of [A-Za-z0-9_.-], got " + Json.cut(name));
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : r.strings("roles")) {
            try {
                roles.add(Role.ofWireName(role));
            } catch (IllegalArgumentException e) {
                throw ApiException.bad("roles: " + e.getMessage());
            }
        }
        return new User(name, roles, TipperTier.NONE, Gender.UNKNOWN);
    }

    private Map<String, Object> chatLine(User user, String sent, StepResult step) {
        Map<String, Object> line = Router.map(
                "kind",
                "chat",
                "user",
                user.name(),
                "roles",
                user.roles().stream().map(Role::wireName).toList(),
                "sent",
                sent,
                "verdict",
                step.verdict() == null ? null : step.verdict().name().toLowerCase(java.util.Locale.ROOT),
                "body",
                step.body());
        if (step.outcome() != null && step.outcome().message().payload() instanceof ChatMessage chat) {
            line.put("style", styles(chat));
        }
        return line;
    }

    /**
     * The chat line's style fields (background, color, font ...): every record component but the body, read
     * generically so the panel shows whatever styles the engine's {@link ChatMessage} carries. Not a per-message path
     * of the engine: the portal's test room only.
     */
    private static Map<String, Object> styles(ChatMessage chat) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : ChatMessage.class.getRecordComponents()) {
            if (c.getName().equals("body")) {
                continue;
            }
            try {
                Object v = c.getAccessor().invoke(chat);
                if (v != null) {
                    out.put(c.getName(), String.valueOf(v));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a style we cannot read is left out
            }
        }
        return out;
    }

    private void record(StepResult step) {
        for (Action a : step.actions()) {
            add(action(a));
        }
        for (String log : step.logs()) {
            int space = log.indexOf(' ');
            add(Router.map(
                    "kind", "log", "level", log.substring(0, Math.max(0, space)), "text", log.substring(space + 1)));
        }
        for (LimitViolation v : step.violations()) {
            add(Router.map("kind", "violation", "limit", v.limit().key(), "text", v.describe()));
        }
        for (String f : step.failures()) {
            add(Router.map("kind", "failure", "text", f));
        }
    }

    private Map<String, Object> action(Action a) {
        if (a instanceof Notice n) {
            return notice(n);
        }
        if (a instanceof SetSubject s) {
            return Router.map("kind", "subject", "text", s.subject());
        }
        if (a instanceof Custom c && c.name().equals("panel")) {
            panel = new LinkedHashMap<>(c.attributes());
            return Router.map("kind", "panel", "attributes", panel);
        }
        ActionViews.View v = ActionViews.scenarioView(a);
        return Router.map("kind", "action", "action", v.kind(), "fields", v.fields());
    }

    private static Map<String, Object> notice(Notice n) {
        Map<String, Object> m = Router.map("kind", "notice", "text", n.text());
        switch (n.target()) {
            case NoticeTarget.ToUser u -> m.put("to", u.name());
            case NoticeTarget.ToGroup g -> m.put("group", g.audience().wireName());
            case NoticeTarget.Everyone e -> {}
        }
        NoticeStyle s = n.style();
        m.put(
                "style",
                Router.map(
                        "background",
                        s.background(),
                        "color",
                        s.foreground(),
                        "weight",
                        s.weight().name().toLowerCase(java.util.Locale.ROOT)));
        return m;
    }

    private void add(Map<String, Object> entry) {
        entry.put("seq", ++sequence);
        feed.add(entry);
        if (feed.size() > MAX_FEED) {
            feed.removeFirst();
        }
    }
}
