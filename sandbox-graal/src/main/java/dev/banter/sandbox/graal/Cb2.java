package dev.banter.sandbox.graal;

import dev.banter.api.action.Permission;
import dev.banter.api.sandbox.InstanceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.graalvm.polyglot.Source;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The {@code cb/2} dialect's layout: which file is shared code and which is the body of which handler, and what the
 * prelude is told about the instance.
 *
 * <p>Handler keys, as a {@code banter.json} lists them under {@code handlers} (each maps to the message type it runs
 * on): {@code appStart} ({@code extension.start} naming this extension), {@code chatMessageTransform} and
 * {@code chatMessage} ({@code chat.message}, the transform first), {@code tipReceived} ({@code tip}),
 * {@code userEnter}, {@code userLeave}, {@code follow}, {@code unfollow} ({@code user.*}), {@code fanclubJoin},
 * {@code mediaPurchase}, {@code broadcastStart}, {@code broadcastStop}, {@code callback} ({@code timer}),
 * {@code roomStatusChange} ({@code room.status}), {@code settingsChange} ({@code settings.change}) and
 * {@code broadcastPanelUpdate} (run after {@code $room.reloadPanel()} and after App Start). Files under
 * {@code shared} run first, at global scope, in the manifest's order.
 *
 * <p>The layout comes from the {@code banter.json} among the source's files; a source without one (built by hand)
 * uses file names instead: {@code tipReceived.js} is the Tip Received handler, every other file is shared code.
 */
final class Cb2 {

    static final String DIALECT = "cb/2";
    static final String MANIFEST = "banter.json";

    /** Handler key to the message type it runs on; empty for the panel handler. */
    static final Map<String, String> EVENTS = events();

    /** {@link #EVENTS} as the prelude takes it. */
    static final String EVENTS_JSON = Json.write(EVENTS);

    private static final JsonFactory FACTORY = new JsonFactory();

    private Cb2() {}

    private static Map<String, String> events() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("appStart", "extension.start");
        m.put("chatMessageTransform", "chat.message");
        m.put("chatMessage", "chat.message");
        m.put("tipReceived", "tip");
        m.put("userEnter", "user.enter");
        m.put("userLeave", "user.leave");
        m.put("follow", "user.follow");
        m.put("unfollow", "user.unfollow");
        m.put("fanclubJoin", "fanclub.join");
        m.put("mediaPurchase", "media.purchase");
        m.put("broadcastStart", "broadcast.start");
        m.put("broadcastStop", "broadcast.stop");
        m.put("callback", "timer");
        m.put("roomStatusChange", "room.status");
        m.put("settingsChange", "settings.change");
        m.put("broadcastPanelUpdate", "");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The sources to evaluate, in order, each with its handler key ({@code ""} for shared code). */
    record Layout(List<Source> sources, List<String> roles) {}

    static Layout layout(Map<String, String> files) {
        String manifest = files.get(MANIFEST);
        Map<String, String> handlers = new TreeMap<>();
        List<String> shared = new ArrayList<>();
        if (manifest != null) {
            read(manifest, handlers, shared);
        } else {
            for (String name : new TreeMap<>(files).keySet()) {
                String key = baseName(name);
                if (EVENTS.containsKey(key)) {
                    handlers.put(key, name);
                } else {
                    shared.add(name);
                }
            }
        }
        List<Source> sources = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (String name : shared) {
            sources.add(Source.newBuilder("js", require(files, name), name)
                    .cached(true)
                    .buildLiteral());
            roles.add("");
        }
        for (Map.Entry<String, String> h : handlers.entrySet()) {
            // the file is the body of a function; the opening stays on its first line so line numbers hold
            String body = "(function () {" + require(files, h.getValue()) + "\n})";
            sources.add(Source.newBuilder("js", body, h.getValue()).cached(true).buildLiteral());
            roles.add(h.getKey());
        }
        return new Layout(List.copyOf(sources), List.copyOf(roles));
    }

    private static String require(Map<String, String> files, String name) {
        String code = files.get(name);
        if (code == null) {
            throw new IllegalArgumentException("cb/2 file '" + name + "' is named by banter.json but missing");
        }
        return code;
    }

    private static String baseName(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.endsWith(".js") ? last.substring(0, last.length() - 3) : last;
    }

    /** Reads the {@code handlers} object and the {@code shared} array of a manifest (already validated). */
    private static void read(String json, Map<String, String> handlers, List<String> shared) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("banter.json is not a JSON object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("handlers") && t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String key = p.currentName();
                        handlers.put(key, p.nextStringValue());
                    }
                } else if (field.equals("shared") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        shared.add(p.getString());
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    /** What the prelude is told about the instance: {@code {id, version, room, permissions}}. */
    static String info(InstanceSpec spec) {
        List<String> granted = new ArrayList<>();
        for (Permission p : Permission.values()) {
            if (spec.permissions().contains(p)) {
                granted.add(p.key());
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", spec.source().id());
        info.put("version", spec.source().version());
        info.put("room", spec.room().value());
        info.put("permissions", granted);
        return Json.write(info);
    }
}
