package dev.banter.core.internal.registry;

import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.MessageTypeRegistry;
import dev.banter.api.message.Payload;
import dev.banter.api.message.PayloadSchema;
import dev.banter.api.room.Gender;
import dev.banter.api.room.Role;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.TipperTier;
import dev.banter.api.room.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one message from a parser, checking every property as it goes; one instance per decode.
 *
 * <p>Top-level properties may come in any order. When {@code payload} precedes {@code type}, the payload cannot be
 * read yet: it is skipped, and read from a second parser once the whole document has been checked.
 */
final class MessageReader {

    private static final String[] TOP = {"id", "type", "room", "ts", "sender", "payload"};
    private static final int ID = 0, TYPE = 1, ROOM = 2, TS = 3, SENDER = 4, PAYLOAD = 5;
    private static final String SLUG = "expected 1..64 chars of [A-Za-z0-9_.-]";
    private static final String ROLES = "expected one of "
            + Arrays.stream(Role.values()).map(Role::wireName).collect(Collectors.joining(", "));
    private static final String TIERS = "expected one of "
            + Arrays.stream(TipperTier.values()).map(TipperTier::wireName).collect(Collectors.joining(", "));
    private static final String GENDERS = "expected one of "
            + Arrays.stream(Gender.values()).map(Gender::wireName).collect(Collectors.joining(", "));

    private final MessageTypeRegistry registry;
    private int seen;
    private @Nullable String id;
    private @Nullable MessageType<?> type;
    private @Nullable RoomId room;
    private long ts;
    private @Nullable User sender;
    private @Nullable Payload payload;

    private MessageReader(MessageTypeRegistry registry) {
        this.registry = registry;
    }

    /**
     * Reads a message from the parsers {@code source} opens; every failure is a {@link MessageFormatException}.
     */
    static Message read(MessageTypeRegistry registry, Supplier<JsonParser> source) {
        MessageReader reader = new MessageReader(registry);
        reader.parse(source, false);
        if (reader.payload == null) {
            reader.parse(source, true);
        }
        return reader.message();
    }

    private void parse(Supplier<JsonParser> source, boolean payloadOnly) {
        JsonParser p = null;
        try {
            p = source.get();
            if (payloadOnly) {
                readDeferredPayload(p);
            } else {
                readDocument(p);
            }
        } catch (MessageFormatException e) {
            throw e;
        } catch (JacksonException e) {
            throw malformed(p, e);
        } catch (RuntimeException e) {
            // A bug in a host's schema or in the parser must not escape as anything but a format error.
            throw new MessageFormatException(
                    p == null ? "$" : pathOf(p.streamReadContext()),
                    "input",
                    "expected a decodable message (" + Quoting.cut(e.toString()) + ")");
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    private void readDocument(JsonParser p) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            throw new MessageFormatException("$", t == null ? "empty input" : describe(p, t), "expected a JSON object");
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            int index = topLevelIndex(name);
            if (index < 0) {
                throw new MessageFormatException(
                        Quoting.member("", name),
                        Quoting.quote(name),
                        "expected only the properties " + String.join(", ", TOP));
            }
            if ((seen & (1 << index)) != 0) {
                throw duplicate(name);
            }
            seen |= 1 << index;
            readTopLevel(p, index, p.nextToken());
        }
        JsonToken after = p.nextToken();
        if (after != null) {
            throw new MessageFormatException("$", describe(p, after), "expected end of input after the message");
        }
        for (int i = 0; i < TOP.length; i++) {
            if ((seen & (1 << i)) == 0) {
                throw new MessageFormatException(TOP[i], "nothing", "expected property '" + TOP[i] + "' (required)");
            }
        }
    }

    private static int topLevelIndex(String name) {
        for (int i = 0; i < TOP.length; i++) {
            if (TOP[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void readTopLevel(JsonParser p, int index, JsonToken t) {
        switch (index) {
            case ID -> {
                String value = string(p, t, "id", "expected string of 1..128 non-blank chars");
                if (value.isBlank() || value.length() > 128) {
                    throw new MessageFormatException(
                            "id", Quoting.quote(value), "expected string of 1..128 non-blank chars");
                }
                id = value;
            }
            case TYPE -> type = resolveType(string(p, t, "type", "expected a message type name"));
            case ROOM -> {
                String value = string(p, t, "room", SLUG);
                try {
                    room = new RoomId(value);
                } catch (IllegalArgumentException e) {
                    throw new MessageFormatException("room", Quoting.quote(value), SLUG);
                }
            }
            case TS -> {
                if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new MessageFormatException("ts", describe(p, t), "expected integer epoch millis");
                }
                ts = p.getLongValue();
            }
            case SENDER -> {
                if (t != JsonToken.START_OBJECT) {
                    throw new MessageFormatException("sender", describe(p, t), "expected an object");
                }
                sender = readSender(p);
            }
            case PAYLOAD -> {
                if (t != JsonToken.START_OBJECT) {
                    throw new MessageFormatException("payload", describe(p, t), "expected an object");
                }
                if (type == null) {
                    p.skipChildren();
                } else {
                    payload = readPayload(p, type);
                }
            }
            default -> throw new IllegalStateException("no top-level property " + index);
        }
    }

    private MessageType<?> resolveType(String value) {
        int slash = value.indexOf('/');
        String name = slash < 0 ? value : value.substring(0, slash);
        MessageType<?> found = registry.find(name).orElse(null);
        if (found == null) {
            String known = registry.types().stream().map(MessageType::name).collect(Collectors.joining(", "));
            throw new MessageFormatException(
                    "type", Quoting.quote(value), "expected a registered message type (known: " + known + ")");
        }
        if (slash >= 0 && version(value, slash + 1) != found.version()) {
            throw new MessageFormatException(
                    "type", Quoting.quote(value), "expected '" + found.name() + "' or '" + found + "'");
        }
        return found;
    }

    // The N of "name/vN", or -1 if the suffix is not of that form.
    private static int version(String value, int start) {
        int n = value.length() - start - 1;
        if (n < 1 || n > 9 || value.charAt(start) != 'v') {
            return -1;
        }
        int version = 0;
        for (int i = start + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            version = version * 10 + (c - '0');
        }
        return version;
    }

    private User readSender(JsonParser p) {
        String name = null;
        Set<Role> roles = Set.of();
        TipperTier tipper = TipperTier.NONE;
        Gender gender = Gender.UNKNOWN;
        int seenHere = 0;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String prop = p.currentName();
            int bit = switch (prop) {
                case "name" -> 1;
                case "roles" -> 2;
                case "tipper" -> 4;
                case "gender" -> 8;
                default ->
                    throw new MessageFormatException(
                            Quoting.member("sender", prop),
                            Quoting.quote(prop),
                            "expected only the properties name, roles, tipper, gender");
            };
            if ((seenHere & bit) != 0) {
                throw duplicate("sender." + prop);
            }
            seenHere |= bit;
            JsonToken t = p.nextToken();
            switch (bit) {
                case 1 -> name = string(p, t, "sender.name", SLUG);
                case 2 -> roles = readRoles(p, t);
                case 4 -> {
                    String value = string(p, t, "sender.tipper", TIERS);
                    try {
                        tipper = TipperTier.ofWireName(value);
                    } catch (IllegalArgumentException e) {
                        throw new MessageFormatException("sender.tipper", Quoting.quote(value), TIERS);
                    }
                }
                default -> {
                    String value = string(p, t, "sender.gender", GENDERS);
                    try {
                        gender = Gender.ofWireName(value);
                    } catch (IllegalArgumentException e) {
                        throw new MessageFormatException("sender.gender", Quoting.quote(value), GENDERS);
                    }
                }
            }
        }
        if (name == null) {
            throw new MessageFormatException("sender.name", "nothing", "expected a user name (required)");
        }
        try {
            return new User(name, roles, tipper, gender);
        } catch (IllegalArgumentException e) {
            throw new MessageFormatException("sender.name", Quoting.quote(name), SLUG);
        }
    }

    private static Set<Role> readRoles(JsonParser p, JsonToken t) {
        if (t != JsonToken.START_ARRAY) {
            throw new MessageFormatException("sender.roles", describe(p, t), "expected an array of roles");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        JsonToken item;
        for (int i = 0; (item = p.nextToken()) != JsonToken.END_ARRAY; i++) {
            String path = "sender.roles[" + i + "]";
            String value = string(p, item, path, ROLES);
            Role role;
            try {
                role = Role.ofWireName(value);
            } catch (IllegalArgumentException e) {
                throw new MessageFormatException(path, Quoting.quote(value), ROLES);
            }
            if (!roles.add(role)) {
                throw new MessageFormatException(path, Quoting.quote(value), "expected each role at most once");
            }
        }
        return roles;
    }

    private static Payload readPayload(JsonParser p, MessageType<?> type) {
        PayloadSchema<?> schema = type.schema();
        List<FieldSpec> fields = schema.fields();
        Object[] values = new Object[fields.size()];
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String prop = p.currentName();
            int index = indexOf(fields, prop);
            if (index < 0) {
                throw new MessageFormatException(
                        Quoting.member("payload", prop),
                        Quoting.quote(prop),
                        "expected only "
                                + (fields.isEmpty() ? "an empty payload" : "the fields " + fieldNames(fields))
                                + " for " + type);
            }
            if (values[index] != null) {
                throw duplicate("payload." + prop);
            }
            values[index] = readField(p, fields.get(index), p.nextToken());
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                FieldSpec field = fields.get(i);
                if (field.required()) {
                    throw FieldChecks.missing(field);
                }
                values[i] = field.defaultValue();
            }
        }
        return create(schema, type, values);
    }

    private static Object readField(JsonParser p, FieldSpec field, JsonToken t) {
        switch (field.type()) {
            case STRING -> {
                if (t == JsonToken.VALUE_STRING) {
                    String value = p.getString();
                    if (FieldChecks.stringFits(field, value)) {
                        return value;
                    }
                }
            }
            case INTEGER -> {
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    long value = p.getLongValue();
                    if (FieldChecks.integerFits(field, value)) {
                        return value;
                    }
                }
            }
            case BOOLEAN -> {
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return t == JsonToken.VALUE_TRUE;
                }
            }
            case ENUM -> {
                if (t == JsonToken.VALUE_STRING) {
                    String value = p.getString();
                    if (FieldChecks.enumFits(field, value)) {
                        return value;
                    }
                }
            }
            case STRING_LIST -> {
                if (t == JsonToken.START_ARRAY) {
                    return readList(p, field);
                }
            }
        }
        throw FieldChecks.mismatch("payload." + field.name(), field, describe(p, t));
    }

    private static List<String> readList(JsonParser p, FieldSpec field) {
        List<String> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (items.size() >= field.max()) {
                throw FieldChecks.mismatch("payload." + field.name(), field, "more than " + field.max() + " items");
            }
            if (t != JsonToken.VALUE_STRING || !FieldChecks.itemFits(p.getString())) {
                throw new MessageFormatException(
                        "payload." + field.name() + "[" + items.size() + "]",
                        describe(p, t),
                        FieldChecks.expectedItem());
            }
            items.add(p.getString());
        }
        if (!FieldChecks.listSizeFits(field, items.size())) {
            throw FieldChecks.mismatch("payload." + field.name(), field, items.size() + " items");
        }
        return List.copyOf(items);
    }

    private static Payload create(PayloadSchema<?> schema, MessageType<?> type, Object[] values) {
        try {
            Payload created = schema.create(values);
            if (created == null) {
                throw new IllegalArgumentException("the factory returned null");
            }
            return created;
        } catch (IllegalArgumentException e) {
            throw new MessageFormatException(
                    "payload",
                    "{...}",
                    "expected a valid " + type + " payload (" + Quoting.cut(String.valueOf(e.getMessage())) + ")");
        } catch (RuntimeException e) {
            // The host's factory broke; the input is still what gets refused, never the caller's thread.
            throw new MessageFormatException(
                    "payload",
                    "{...}",
                    "expected a payload the factory of " + type + " accepts (" + Quoting.cut(e.toString()) + ")");
        }
    }

    private void readDeferredPayload(JsonParser p) {
        p.nextToken();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            boolean isPayload = "payload".equals(p.currentName());
            p.nextToken();
            if (isPayload) {
                payload = readPayload(p, requireRead(type));
                return;
            }
            p.skipChildren();
        }
    }

    private Message message() {
        try {
            return new Message(
                    requireRead(id),
                    requireRead(type),
                    requireRead(room),
                    requireRead(sender),
                    Instant.ofEpochMilli(ts),
                    requireRead(payload));
        } catch (IllegalArgumentException e) {
            throw new MessageFormatException("$", "{...}", "expected a valid message (" + e.getMessage() + ")");
        }
    }

    // Properties checked as present by readDocument; a null here is a bug in this class.
    private static <T> T requireRead(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("property not read");
        }
        return value;
    }

    private static String string(JsonParser p, @Nullable JsonToken t, String path, String expected) {
        if (t != JsonToken.VALUE_STRING) {
            throw new MessageFormatException(path, describe(p, t), expected);
        }
        return p.getString();
    }

    private static int indexOf(List<FieldSpec> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String fieldNames(List<FieldSpec> fields) {
        return fields.stream().map(FieldSpec::name).collect(Collectors.joining(", "));
    }

    private static MessageFormatException duplicate(String path) {
        return new MessageFormatException(path, "a second value", "expected each property at most once");
    }

    private static String describe(JsonParser p, @Nullable JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case VALUE_STRING -> Quoting.quote(p.getString());
            case PROPERTY_NAME -> Quoting.quote(p.currentName());
            case START_OBJECT -> "{...}";
            case START_ARRAY -> "[...]";
            default -> Quoting.cut(p.getString());
        };
    }

    private static MessageFormatException malformed(@Nullable JsonParser p, JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "input" : "input at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String problem = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return new MessageFormatException(
                p == null ? "$" : pathOf(p.streamReadContext()),
                where,
                "expected well-formed JSON (" + Quoting.cut(problem) + ")");
    }

    /** The path of the parser's position in our notation: {@code payload.args[2]}, or {@code $} at the root. */
    static String pathOf(@Nullable TokenStreamContext context) {
        StringBuilder sb = new StringBuilder();
        appendPath(sb, context);
        return sb.isEmpty() ? "$" : sb.toString();
    }

    private static void appendPath(StringBuilder sb, @Nullable TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        appendPath(sb, context.getParent());
        if (context.inArray()) {
            sb.append('[').append(Math.max(0, context.getCurrentIndex())).append(']');
        } else if (context.currentName() != null) {
            String member = Quoting.member(sb.toString(), context.currentName());
            sb.setLength(0);
            sb.append(member);
        }
    }
}
