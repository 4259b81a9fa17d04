package dev.banter.core.extension;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.AuditRecord;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.api.extension.Version;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateChanges;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Where {@link DefaultRoomExtensions} keeps its installations and audit trail in a {@link StateStore}, in scopes
 * whose owners contain a colon, which no extension id may ({@link dev.banter.api.extension.ExtensionManifest#ID}):
 *
 * <ul>
 *   <li>{@value #INSTALLATIONS} per room: one key per extension id, the installation as JSON;
 *   <li>{@value #AUDIT} per room: the room's last audit records, under their zero-padded sequence numbers;
 *   <li>{@value #ROOMS} in room {@value #INDEX_ROOM}: one key per room that has installations;
 *   <li>{@value #SEQUENCE} in room {@value #INDEX_ROOM}: key {@code last}, the last audit sequence number.
 * </ul>
 *
 * <p>Reads happen at restore only; the lifecycle writes after each change. Not thread-safe: the lifecycle calls it
 * under its own lock.
 */
final class InstallationStore {

    static final String INSTALLATIONS = "banter:installations";
    static final String AUDIT = "banter:audit";
    static final String ROOMS = "banter:rooms";
    static final String INDEX_ROOM = "banter";

    private static final JsonFactory FACTORY = new JsonFactory();
    static final String SEQUENCE = "banter:sequence";

    private static final StateScope INDEX = new StateScope(ROOMS, RoomId.of(INDEX_ROOM));
    private static final StateScope LAST_SEQUENCE = new StateScope(SEQUENCE, RoomId.of(INDEX_ROOM));

    /**
     * One installation as stored.
     *
     * @param values the settings values as the host gave them (defaults are filled in again at restore)
     * @param order the position among the room's extensions: install order, moved to the end by an enable
     */
    record Stored(
            String id,
            Version version,
            Map<String, Object> values,
            Set<Permission> grants,
            boolean enabled,
            @Nullable Version previous,
            long order) {}

    private final StateStore store;
    private final int auditLimit;

    InstallationStore(StateStore store, int auditLimit) {
        this.store = store;
        this.auditLimit = auditLimit;
    }

    // ---- installations -----------------------------------------------------------------------------------------

    void save(RoomId room, Stored s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", s.version().toString());
        json.put("values", s.values());
        json.put("grants", s.grants().stream().map(Permission::key).sorted().toList());
        json.put("enabled", s.enabled());
        json.put("previous", s.previous() == null ? null : s.previous().toString());
        json.put("order", s.order());
        store.put(installations(room), s.id(), write(json));
        store.put(INDEX, room.value(), "true");
    }

    void remove(RoomId room, String id) {
        StateScope scope = installations(room);
        store.delete(scope, id);
        if (store.keys(scope).isEmpty()) {
            store.delete(INDEX, room.value());
        }
    }

    /** The room's stored installations in chain order. */
    List<Stored> load(RoomId room) {
        StateScope scope = installations(room);
        List<Stored> out = new ArrayList<>();
        for (String id : store.keys(scope)) {
            Optional<String> text = store.get(scope, id);
            text.ifPresent(t -> out.add(parse(scope, id, t)));
        }
        out.sort(Comparator.comparingLong(Stored::order));
        return out;
    }

    /** Every room with stored installations, in the store's key order. */
    List<RoomId> rooms() {
        return store.keys(INDEX).stream().map(RoomId::of).toList();
    }

    private static Stored parse(StateScope scope, String id, String text) {
        Map<String, Object> m = object(read(scope, id, text), scope, id);
        try {
            Map<String, Object> values = new LinkedHashMap<>(object(m.get("values"), scope, id + ".values"));
            values.replaceAll((k, v) -> v == JsonDocument.NULL ? null : v);
            EnumSet<Permission> grants = EnumSet.noneOf(Permission.class);
            for (Object g : (List<?>) m.get("grants")) {
                grants.add(Permission.ofKey((String) g));
            }
            Object previous = m.get("previous");
            return new Stored(
                    id,
                    Version.parse((String) m.get("version")),
                    values,
                    grants,
                    (Boolean) m.get("enabled"),
                    previous instanceof String p ? Version.parse(p) : null,
                    ((Number) m.get("order")).longValue());
        } catch (RuntimeException e) {
            throw corrupt(scope, id, text, e);
        }
    }

    // ---- the audit trail ---------------------------------------------------------------------------------------

    /** Appends a record to its room's trail and drops the oldest beyond the limit, in one write. */
    void append(AuditRecord r) {
        StateScope scope = auditScope(r.room());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", r.sequence());
        json.put("at", r.at().toString());
        json.put("actor", r.actor());
        json.put("extension", r.extensionId());
        json.put("action", r.action().name());
        json.put("from", r.from() == null ? null : r.from().toString());
        json.put("to", r.to() == null ? null : r.to().toString());
        json.put("result", r.result().name());
        json.put("detail", r.detail());
        String key = key(r.sequence());
        List<String> keys = store.keys(scope);
        Set<String> drop = new java.util.HashSet<>();
        int excess = keys.size() + (keys.contains(key) ? 0 : 1) - auditLimit;
        for (int i = 0; i < excess; i++) {
            drop.add(keys.get(i));
        }
        store.write(scope, new StateChanges(Map.of(key, write(json)), drop));
        store.put(LAST_SEQUENCE, "last", Long.toString(r.sequence()));
    }

    /** The sequence number of the last audit record stored, or 0. */
    long lastSequence() {
        String text = store.get(LAST_SEQUENCE, "last").orElse("0");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw corrupt(LAST_SEQUENCE, "last", text, e);
        }
    }

    /** The room's stored audit records, oldest first. */
    List<AuditRecord> audit(RoomId room) {
        StateScope scope = auditScope(room);
        List<AuditRecord> out = new ArrayList<>();
        for (String key : store.keys(scope)) {
            String text = store.get(scope, key).orElse(null);
            if (text == null) {
                continue;
            }
            Map<String, Object> m = object(read(scope, key, text), scope, key);
            try {
                out.add(new AuditRecord(
                        ((Number) m.get("sequence")).longValue(),
                        Instant.parse((String) m.get("at")),
                        (String) m.get("actor"),
                        room,
                        (String) m.get("extension"),
                        AuditRecord.Action.valueOf((String) m.get("action")),
                        version(m.get("from")),
                        version(m.get("to")),
                        AuditRecord.Result.valueOf((String) m.get("result")),
                        (String) m.get("detail")));
            } catch (RuntimeException e) {
                throw corrupt(scope, key, text, e);
            }
        }
        return out;
    }

    /** Keys sort by sequence because they are zero-padded to the width of {@link Long#MAX_VALUE}. */
    static String key(long sequence) {
        return String.format("%019d", sequence);
    }

    // ---- JSON -------------------------------------------------------------------------------------------------

    private static @Nullable Version version(@Nullable Object v) {
        return v instanceof String s ? Version.parse(s) : null;
    }

    private static String write(Map<String, Object> json) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            JsonDocument.write(g, json);
        }
        return out.toString();
    }

    private static @Nullable Object read(StateScope scope, String key, String text) {
        List<ValidationProblem> problems = new ArrayList<>();
        Object value = JsonDocument.read(text, problems);
        if (!problems.isEmpty()) {
            throw corrupt(scope, key, text, new IllegalArgumentException(problems.toString()));
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(@Nullable Object value, StateScope scope, String key) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalStateException("the state store holds a non-object at " + scope.owner() + "/"
                + scope.room().value() + " key '" + key + "': " + JsonDocument.render(value));
    }

    private static IllegalStateException corrupt(StateScope scope, String key, String text, Exception cause) {
        return new IllegalStateException(
                "the state store holds an unreadable record at " + scope.owner() + "/"
                        + scope.room().value() + " key '" + key + "': " + JsonDocument.render(text) + " ("
                        + cause.getMessage() + ")",
                cause);
    }

    private static StateScope installations(RoomId room) {
        return new StateScope(INSTALLATIONS, room);
    }

    private static StateScope auditScope(RoomId room) {
        return new StateScope(AUDIT, room);
    }
}
