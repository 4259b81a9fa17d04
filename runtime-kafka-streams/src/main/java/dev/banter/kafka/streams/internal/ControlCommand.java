package dev.banter.kafka.streams.internal;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.RoomExtensions;
import dev.banter.api.extension.Version;
import dev.banter.api.room.RoomId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lifecycle command carried on the events topic: a record whose {@code banter-control} header names the command
 * and whose value is a JSON object, for the room of the record's key.
 *
 * <pre>{@code
 * install   {"extension": "tally", "version": "1.0.0", "actor": "ops", "settings": {"goal": 500}, "grants": ["kv"]}
 * uninstall {"extension": "tally", "actor": "ops"}
 * settings  {"extension": "tally", "actor": "ops", "settings": {"goal": 800}}
 * }</pre>
 *
 * <p>{@code settings} and {@code grants} are optional (no grants means every declared permission).
 *
 * @param command the header's value
 * @param room the record's room
 * @param extension the extension id
 * @param version the version, for {@code install}
 * @param actor who asks, for the audit trail
 * @param settings the settings values
 * @param grants the granted permissions, or null for every declared one
 */
public record ControlCommand(
        String command,
        RoomId room,
        String extension,
        @Nullable Version version,
        String actor,
        Map<String, Object> settings,
        @Nullable Set<Permission> grants) {

    /** The commands there are. */
    public static final List<String> COMMANDS = List.of("install", "uninstall", "settings");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Reads a command.
     *
     * @throws IllegalArgumentException naming the field and the value, for an unknown command, a body that is not a
     *     JSON object, or a missing or malformed field
     */
    public static ControlCommand parse(String command, RoomId room, byte[] body) {
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException(
                    "banter-control: expected one of " + COMMANDS + ", got '" + clip(command) + "'");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("control " + command + ": the value is not JSON: "
                    + clip(new String(body, StandardCharsets.UTF_8)));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("control " + command + ": expected a JSON object, got "
                    + clip(new String(body, StandardCharsets.UTF_8)));
        }
        String extension = text(command, root, "extension");
        String actor = text(command, root, "actor");
        Version version = command.equals("install") ? version(command, text(command, root, "version")) : null;
        return new ControlCommand(
                command, room, extension, version, actor, settings(command, root), grants(command, root));
    }

    /** Carries the command out. */
    public void apply(RoomExtensions rooms) {
        switch (command) {
            case "install" -> rooms.install(new InstallRequest(room, extension, version(), settings, grants, actor));
            case "uninstall" -> rooms.uninstall(room, extension, actor);
            default -> rooms.changeSettings(room, extension, settings, actor);
        }
    }

    @Override
    public Version version() {
        if (version == null) {
            throw new IllegalStateException("control " + command + " has no version");
        }
        return version;
    }

    private static String text(String command, JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            throw new IllegalArgumentException("control " + command + "." + field
                    + ": expected a non-blank string, got " + (node == null ? "nothing" : clip(node.toString())));
        }
        return node.stringValue();
    }

    private static Version version(String command, String text) {
        try {
            return Version.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "control " + command + ".version: expected a semantic version, got '" + clip(text) + "'");
        }
    }

    private static Map<String, Object> settings(String command, JsonNode root) {
        JsonNode node = root.get("settings");
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(
                    "control " + command + ".settings: expected an object, got " + clip(node.toString()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            values.put(e.getKey(), value(command + ".settings." + e.getKey(), e.getValue()));
        }
        return values;
    }

    private static Object value(String path, JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            int i = 0;
            for (JsonNode item : node.values()) {
                items.add(value(path + "[" + i++ + "]", item));
            }
            return items;
        }
        throw new IllegalArgumentException(
                "control " + path + ": expected a string, boolean, integer or list, got " + clip(node.toString()));
    }

    private static @Nullable Set<Permission> grants(String command, JsonNode root) {
        JsonNode node = root.get("grants");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(
                    "control " + command + ".grants: expected a list of permissions, got " + clip(node.toString()));
        }
        Set<Permission> grants = new LinkedHashSet<>();
        int i = 0;
        for (JsonNode item : node.values()) {
            String path = "control " + command + ".grants[" + i++ + "]";
            if (!item.isString()) {
                throw new IllegalArgumentException(path + ": expected a permission name, got " + clip(item.toString()));
            }
            try {
                grants.add(Permission.ofKey(item.stringValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        path + ": expected a permission name, got '" + clip(item.stringValue()) + "'");
            }
        }
        return grants;
    }

    private static String clip(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
