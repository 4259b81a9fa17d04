package dev.banter.sdk.harness;

import dev.banter.api.message.MessageType;
import dev.banter.api.room.Gender;
import dev.banter.api.room.Role;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.TipperTier;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.types.BuiltinTypes;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Turns the nodes of a scenario file (or of one event-stream line) into the scenario model. */
final class ScenarioParser {

    static final Set<String> TOP = Set.of("name", "settings", "room", "start", "kv", "steps", "final");
    static final Set<String> EVENTS =
            Set.of("chat", "tip", "enter", "leave", "follow", "unfollow", "fanclub", "command", "event", "advance");
    static final Set<String> EXPECT = Set.of("verdict", "body", "actions", "notices", "subject", "kv", "violations");

    /** Tipped totals from which a user is in each tier (the {@code tipped} key of a user). */
    static final long TIPPED = 1;

    static final long TIPPED_A_LOT = 250;
    static final long TIPPED_TONS = 1000;

    private static final Map<String, String> PRESENCE = Map.of(
            "enter", "user.enter",
            "leave", "user.leave",
            "follow", "user.follow",
            "unfollow", "user.unfollow");
    private static final Set<String> USER_KEYS = Set.of("name", "roles", "fanclub", "tipped", "gender");
    private static final Map<String, Set<String>> ACTION_FIELDS = Map.of(
            "ban", Set.of("user", "reason"),
            "kick", Set.of("user", "reason"),
            "warn", Set.of("user", "reason"),
            "mute", Set.of("user", "reason", "seconds"),
            "tipOptions", Set.of("label"),
            "custom", Set.of("kind"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScenarioParser() {}

    static Scenario scenario(@Nullable Node root, String file, String defaultName) {
        if (root == null) {
            throw new ScenarioFormatException(new Node.Location(file, 1, 1), "$", "an empty file", "a scenario");
        }
        Fields top = Fields.of(root, "", TOP);
        String name = top.string("name");
        Map<String, Object> settings = new LinkedHashMap<>();
        Node s = top.get("settings");
        if (s != null) {
            Fields.of(s, "settings", anyKey(s)).keys().forEach(k -> settings.put(k, plainOf(s, k)));
        }
        String room = top.string("room");
        if (room != null && !RoomId.isValid(room)) {
            throw Fields.fail(top.require("room"), "room", "a room id: 1..64 chars of [A-Za-z0-9_.-]");
        }
        Instant start = Scenario.DEFAULT_START;
        String startText = top.string("start");
        if (startText != null) {
            try {
                start = Instant.parse(startText);
            } catch (DateTimeException e) {
                throw Fields.fail(top.require("start"), "start", "an instant such as 2026-01-01T00:00:00Z");
            }
        }
        Map<String, String> kv = new LinkedHashMap<>();
        Node kvNode = top.get("kv");
        if (kvNode != null) {
            Fields.of(kvNode, "kv", anyKey(kvNode)).keys().forEach(k -> kv.put(k, json(plainOf(kvNode, k))));
        }
        List<Step> steps = new ArrayList<>();
        List<Node> items = top.list("steps");
        if (items == null) {
            throw new ScenarioFormatException(top.at(), "steps", "missing", "the key steps (a list of steps)");
        }
        for (int i = 0; i < items.size(); i++) {
            steps.add(step(items.get(i), "steps[" + i + "]", true));
        }
        Node fin = top.get("final");
        Expectation finalCheck = fin == null ? Expectation.NONE : expectation(fin, "final");
        return new Scenario(
                name == null ? defaultName : name,
                file,
                settings,
                room == null ? Scenario.DEFAULT_ROOM : room,
                start,
                kv,
                steps,
                finalCheck);
    }

    /** One step: exactly one event key, and {@code expect} if {@code withExpect}. */
    static Step step(Node node, String path, boolean withExpect) {
        Set<String> allowed = new TreeSet<>(EVENTS);
        if (withExpect) {
            allowed.add("expect");
        }
        Fields f = Fields.of(node, path, allowed);
        List<String> events = f.keys().stream().filter(EVENTS::contains).toList();
        if (events.size() != 1) {
            throw Fields.fail(
                    node,
                    path,
                    "exactly one of " + new TreeSet<>(EVENTS) + (withExpect ? " and optionally expect" : ""));
        }
        String kind = events.getFirst();
        Node body = f.require(kind);
        String at = f.path(kind);
        Node expectNode = f.get("expect");
        Expectation expect = expectNode == null ? Expectation.NONE : expectation(expectNode, f.path("expect"));
        int line = node.at().line();
        if (kind.equals("advance")) {
            String text = Fields.string(body, at);
            try {
                return new Step.Advance(Durations.parse(text), expect, line);
            } catch (IllegalArgumentException e) {
                throw Fields.fail(body, at, Durations.EXPECTED);
            }
        }
        return new Step.Send(event(kind, body, at), expect, line);
    }

    private static SimEvent event(String kind, Node body, String at) {
        if (PRESENCE.containsKey(kind) && body instanceof Node.Scalar) {
            return new SimEvent(PRESENCE.get(kind), user(body, at), Map.of(), kind);
        }
        return switch (kind) {
            case "chat" -> {
                Fields f = Fields.of(body, at, Set.of("user", "body"));
                yield SimEvent.chat(user(f.require("user"), f.path("user")), f.requireString("body"));
            }
            case "tip" -> {
                Fields f = Fields.of(body, at, Set.of("user", "amount", "note"));
                long amount = Fields.integer(f.require("amount"), f.path("amount"), 1, 1_000_000);
                String note = f.string("note");
                yield SimEvent.tip(user(f.require("user"), f.path("user")), amount, note == null ? "" : note);
            }
            case "fanclub" -> {
                Fields f = Fields.of(body, at, Set.of("user", "months"));
                long months = f.integer("months", 1, 1, 1200);
                yield new SimEvent(
                        "fanclub.join", user(f.require("user"), f.path("user")), Map.of("months", months), kind);
            }
            case "command" -> {
                Fields f = Fields.of(body, at, Set.of("user", "name", "args"));
                yield SimEvent.command(user(f.require("user"), f.path("user")), f.requireString("name"), args(f));
            }
            case "event" -> genericEvent(body, at);
            default -> {
                Fields f = Fields.of(body, at, Set.of("user"));
                yield new SimEvent(PRESENCE.get(kind), user(f.require("user"), f.path("user")), Map.of(), kind);
            }
        };
    }

    private static List<String> args(Fields f) {
        Node n = f.get("args");
        if (n == null) {
            return List.of();
        }
        if (n instanceof Node.Scalar) {
            String text = Fields.string(n, f.path("args")).trim();
            return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
        }
        List<String> out = new ArrayList<>();
        List<Node> items = Fields.list(n, f.path("args"));
        for (int i = 0; i < items.size(); i++) {
            out.add(Fields.string(items.get(i), f.path("args") + "[" + i + "]"));
        }
        return out;
    }

    private static SimEvent genericEvent(Node body, String at) {
        Fields f = Fields.of(body, at, Set.of("type", "user", "payload"));
        String type = f.requireString("type");
        Set<String> known = new TreeSet<>();
        for (MessageType<?> t : BuiltinTypes.all()) {
            known.add(t.name());
        }
        if (!known.contains(type)) {
            throw Fields.fail(f.require("type"), f.path("type"), "a registered message type, one of " + known);
        }
        Node u = f.get("user");
        User user = u == null ? User.system() : user(u, f.path("user"));
        Map<String, @Nullable Object> payload = new LinkedHashMap<>();
        Node p = f.get("payload");
        if (p != null) {
            Fields.of(p, f.path("payload"), anyKey(p)).keys().forEach(k -> payload.put(k, plainOf(p, k)));
        }
        return new SimEvent(type, user, payload, "event " + type);
    }

    /** A user: a name, or {@code {name, roles, fanclub, tipped, gender}}. */
    static User user(Node node, String path) {
        String expected = "a user: a name (1..64 chars of [A-Za-z0-9_.-]) or a mapping {name, roles, fanclub,"
                + " tipped, gender}";
        if (node instanceof Node.Scalar s) {
            if (s.value() instanceof String name && RoomId.isValid(name)) {
                return User.viewer(name);
            }
            throw Fields.fail(node, path, expected);
        }
        if (!(node instanceof Node.Mapping)) {
            throw Fields.fail(node, path, expected);
        }
        Fields f = Fields.of(node, path, USER_KEYS);
        Node nameNode = f.require("name");
        if (!(nameNode instanceof Node.Scalar s && s.value() instanceof String name && RoomId.isValid(name))) {
            throw Fields.fail(nameNode, f.path("name"), "a name: 1..64 chars of [A-Za-z0-9_.-]");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        List<Node> roleNodes = f.list("roles");
        if (roleNodes != null) {
            for (int i = 0; i < roleNodes.size(); i++) {
                role(roleNodes.get(i), f.path("roles") + "[" + i + "]", roles);
            }
        }
        if (Boolean.TRUE.equals(f.bool("fanclub"))) {
            roles.add(Role.FAN);
        }
        TipperTier tier = tier(f);
        Gender gender = Gender.UNKNOWN;
        Node g = f.get("gender");
        if (g != null) {
            gender = gender(Fields.string(g, f.path("gender")), g, f.path("gender"));
        }
        return new User(name, roles, tier, gender);
    }

    private static void role(Node n, String path, Set<Role> roles) {
        String r = n instanceof Node.Scalar s && s.value() instanceof String str ? str : "";
        switch (r) {
            case "owner" -> roles.add(Role.OWNER);
            case "moderator" -> roles.add(Role.MODERATOR);
            case "fanclub", "fan" -> roles.add(Role.FAN);
            case "has-tokens" -> roles.add(Role.HAS_TOKENS);
            case "viewer" -> {}
            default -> throw Fields.fail(n, path, "a role: owner, moderator, fanclub, has-tokens or viewer");
        }
    }

    private static TipperTier tier(Fields f) {
        Node t = f.get("tipped");
        if (t == null) {
            return TipperTier.NONE;
        }
        if (t instanceof Node.Scalar s && s.value() instanceof String str) {
            try {
                return TipperTier.ofWireName(str);
            } catch (IllegalArgumentException e) {
                throw Fields.fail(
                        t, f.path("tipped"), "tokens tipped recently, or none, tipped, tipped-a-lot, tipped-tons");
            }
        }
        long tokens = Fields.integer(t, f.path("tipped"), 0, Long.MAX_VALUE);
        return tokens >= TIPPED_TONS
                ? TipperTier.TIPPED_TONS
                : tokens >= TIPPED_A_LOT
                        ? TipperTier.TIPPED_A_LOT
                        : tokens >= TIPPED ? TipperTier.TIPPED : TipperTier.NONE;
    }

    private static Gender gender(String text, Node n, String path) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "male", "m" -> Gender.MALE;
            case "female", "f" -> Gender.FEMALE;
            case "trans", "t" -> Gender.TRANS;
            case "couple", "c" -> Gender.COUPLE;
            case "unknown", "u" -> Gender.UNKNOWN;
            default -> throw Fields.fail(n, path, "a gender: male, female, trans, couple or unknown");
        };
    }

    static Expectation expectation(Node node, String path) {
        Fields f = Fields.of(node, path, EXPECT);
        StepVerdict verdict = null;
        Node v = f.get("verdict");
        if (v != null) {
            String text = v instanceof Node.Scalar s && s.value() instanceof String str ? str : "";
            verdict = switch (text) {
                case "pass" -> StepVerdict.PASS;
                case "reject" -> StepVerdict.REJECT;
                case "modify" -> StepVerdict.MODIFY;
                default -> throw Fields.fail(v, f.path("verdict"), "pass, reject or modify");
            };
        }
        List<ExpectedAction> actions = null;
        List<Node> actionNodes = f.list("actions");
        if (actionNodes != null) {
            actions = new ArrayList<>();
            for (int i = 0; i < actionNodes.size(); i++) {
                actions.add(action(actionNodes.get(i), f.path("actions") + "[" + i + "]"));
            }
        }
        List<ExpectedNotice> notices = null;
        List<Node> noticeNodes = f.list("notices");
        if (noticeNodes != null) {
            notices = new ArrayList<>();
            for (int i = 0; i < noticeNodes.size(); i++) {
                notices.add(notice(noticeNodes.get(i), f.path("notices") + "[" + i + "]"));
            }
        }
        Map<String, @Nullable String> kv = null;
        Node kvNode = f.get("kv");
        if (kvNode != null) {
            Map<String, @Nullable String> expected = new LinkedHashMap<>();
            Fields.of(kvNode, f.path("kv"), anyKey(kvNode)).keys().forEach(k -> {
                Object value = plainOf(kvNode, k);
                expected.put(k, value == null ? null : json(value));
            });
            kv = expected;
        }
        List<String> violations = null;
        List<Node> violationNodes = f.list("violations");
        if (violationNodes != null) {
            violations = new ArrayList<>();
            for (int i = 0; i < violationNodes.size(); i++) {
                violations.add(limit(violationNodes.get(i), f.path("violations") + "[" + i + "]"));
            }
        }
        return new Expectation(
                verdict,
                f.string("body"),
                actions,
                notices,
                f.string("subject"),
                kv,
                violations,
                node.at().line());
    }

    private static String limit(Node n, String path) {
        String key = n instanceof Node.Scalar s && s.value() instanceof String str ? str : "";
        try {
            return LimitKind.ofKey(key).key();
        } catch (IllegalArgumentException e) {
            List<String> known = new ArrayList<>();
            for (LimitKind k : LimitKind.values()) {
                known.add(k.key());
            }
            throw Fields.fail(n, path, "a limit, one of " + known);
        }
    }

    private static ExpectedAction action(Node n, String path) {
        Fields f = Fields.of(n, path, ACTION_FIELDS.keySet());
        if (f.keys().size() != 1) {
            throw Fields.fail(n, path, "one action: {ban|mute|kick|warn|tipOptions|custom: {fields}}");
        }
        String kind = f.keys().iterator().next();
        Node body = f.require(kind);
        Map<String, String> fields = new LinkedHashMap<>();
        if (!(body instanceof Node.Scalar s && s.value() == null)) {
            Fields af = Fields.of(body, f.path(kind), ACTION_FIELDS.get(kind));
            for (String key : af.keys()) {
                fields.put(key, af.requireString(key));
            }
        }
        return new ExpectedAction(kind, fields);
    }

    private static ExpectedNotice notice(Node n, String path) {
        if (n instanceof Node.Scalar) {
            return notice(Fields.string(n, path), null, null, n, path);
        }
        Fields f = Fields.of(n, path, Set.of("text", "to", "group"));
        return notice(f.requireString("text"), f.string("to"), f.string("group"), f.require("text"), f.path("text"));
    }

    private static ExpectedNotice notice(
            String text, @Nullable String to, @Nullable String group, Node at, String path) {
        try {
            return new ExpectedNotice(text, to, group);
        } catch (IllegalArgumentException e) {
            throw Fields.fail(at, path, String.valueOf(e.getMessage()));
        }
    }

    private static Set<String> anyKey(Node n) {
        return n instanceof Node.Mapping m ? m.entries().keySet() : Set.of();
    }

    private static @Nullable Object plainOf(Node mapping, String key) {
        return Fields.plain(((Node.Mapping) mapping).entries().get(key).value());
    }

    static String json(@Nullable Object value) {
        return JSON.writeValueAsString(value);
    }
}
