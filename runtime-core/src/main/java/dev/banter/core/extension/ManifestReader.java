package dev.banter.core.extension;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.Dialect;
import dev.banter.api.extension.ExtensionKind;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.SettingField;
import dev.banter.api.extension.SettingsSchema;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.api.extension.Version;
import dev.banter.api.sandbox.LimitKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A small reader of {@code banter.json} for the catalog, until the engine's full manifest reader lands: it reads the
 * document into plain values and maps the known fields, collecting every problem with its path.
 */
final class ManifestReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final List<ValidationProblem> problems = new ArrayList<>();

    private ManifestReader() {}

    static ExtensionManifest parse(String json) {
        Object tree;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            tree = value(p, p.nextToken());
            if (p.nextToken() != null) {
                throw bad("$", "trailing content", "one JSON object");
            }
        } catch (JacksonException e) {
            throw bad("$", String.valueOf(e.getOriginalMessage()), "well-formed JSON");
        }
        if (!(tree instanceof Map<?, ?> root)) {
            throw bad("$", String.valueOf(tree), "a JSON object");
        }
        return new ManifestReader().manifest(root);
    }

    private static ValidationException bad(String path, String value, String expected) {
        return new ValidationException("banter.json", List.of(new ValidationProblem(path, value, expected)));
    }

    private static @Nullable Object value(JsonParser p, @Nullable JsonToken t) {
        if (t == null) {
            throw bad("$", "nothing", "a JSON object");
        }
        return switch (t) {
            case START_OBJECT -> {
                Map<String, @Nullable Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    map.put(name, value(p, p.nextToken()));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<@Nullable Object> list = new ArrayList<>();
                JsonToken item;
                while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(p, item));
                }
                yield list;
            }
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private ExtensionManifest manifest(Map<?, ?> root) {
        String id = text(root, "id", true);
        String name = text(root, "name", true);
        Version version = convert("version", text(root, "version", true), Version::parse);
        ExtensionKind kind = convert("kind", text(root, "kind", true), ExtensionKind::ofKey);
        Dialect dialect = convert("dialect", text(root, "dialect", true), Dialect::ofKey);
        String main = text(root, "main", false);
        Map<String, String> handlers = new LinkedHashMap<>();
        if (root.get("handlers") instanceof Map<?, ?> h) {
            h.forEach((k, v) -> handlers.put(String.valueOf(k), String.valueOf(v)));
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String key : texts(root, "permissions")) {
            Permission p = convert("permissions", key, Permission::ofKey);
            if (p != null) {
                permissions.add(p);
            }
        }
        Map<LimitKind, Long> limits = new EnumMap<>(LimitKind.class);
        if (root.get("limits") instanceof Map<?, ?> l) {
            l.forEach((k, v) -> {
                LimitKind kindOf = convert("limits", String.valueOf(k), LimitKind::ofKey);
                if (kindOf != null && v instanceof Long n && n > 0) {
                    limits.put(kindOf, n);
                } else if (kindOf != null) {
                    problems.add(new ValidationProblem("limits." + k, String.valueOf(v), "a positive integer"));
                }
            });
        }
        SettingsSchema settings = settings(root.get("settings"));
        String description = text(root, "description", false);
        if (!problems.isEmpty()) {
            throw new ValidationException("banter.json" + (id == null ? "" : " of " + id), problems);
        }
        try {
            return new ExtensionManifest(
                    id,
                    name,
                    version,
                    kind,
                    dialect,
                    main,
                    handlers,
                    texts(root, "shared"),
                    texts(root, "types"),
                    texts(root, "categories"),
                    texts(root, "commands"),
                    permissions,
                    settings,
                    limits,
                    description == null ? "" : description);
        } catch (IllegalArgumentException e) {
            throw bad("$", String.valueOf(e.getMessage()), "a valid manifest");
        }
    }

    private SettingsSchema settings(@Nullable Object node) {
        if (!(node instanceof List<?> list)) {
            return SettingsSchema.EMPTY;
        }
        List<SettingField> fields = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> f)) {
                problems.add(new ValidationProblem("settings[" + i + "]", String.valueOf(list.get(i)), "an object"));
                continue;
            }
            try {
                fields.add(field(f));
            } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                problems.add(new ValidationProblem(
                        "settings[" + i + "]", String.valueOf(f), "a setting: " + e.getMessage()));
            }
        }
        try {
            SettingsSchema schema = new SettingsSchema(fields);
            problems.addAll(schema.problems());
            return schema;
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationProblem("settings", String.valueOf(e.getMessage()), "distinct settings"));
            return SettingsSchema.EMPTY;
        }
    }

    @SuppressWarnings("unchecked")
    private static SettingField field(Map<?, ?> f) {
        String name = (String) f.get("name");
        String label = f.get("label") instanceof String s ? s : name;
        boolean required = Boolean.TRUE.equals(f.get("required"));
        Object d = f.get("default");
        String type = String.valueOf(f.get("type"));
        return switch (type) {
            case "int" ->
                new SettingField.IntField(
                        name,
                        label,
                        required,
                        (Long) d,
                        number(f, "min", Long.MIN_VALUE),
                        number(f, "max", Long.MAX_VALUE));
            case "string" ->
                new SettingField.StringField(name, label, required, (String) d, (int) number(f, "minLength", 0), (int)
                        number(f, "maxLength", 10_000));
            case "choice" ->
                new SettingField.ChoiceField(name, label, required, (String) d, (List<String>) f.get("choices"));
            case "boolean" -> new SettingField.BooleanField(name, label, required, (Boolean) d);
            case "color" -> new SettingField.ColorField(name, label, required, (String) d);
            case "list" ->
                new SettingField.ListField(
                        name,
                        label,
                        required,
                        (List<String>) d,
                        (int) number(f, "minItems", 0),
                        (int) number(f, "maxItems", 1_000),
                        (int) number(f, "maxItemLength", 200));
            default -> throw new IllegalArgumentException("unknown type '" + type + "'");
        };
    }

    private static long number(Map<?, ?> f, String key, long otherwise) {
        return f.get(key) instanceof Long n ? n : otherwise;
    }

    private @Nullable String text(Map<?, ?> root, String key, boolean required) {
        Object v = root.get(key);
        if (v instanceof String s) {
            return s;
        }
        if (v != null || required) {
            problems.add(new ValidationProblem(key, v == null ? "missing" : String.valueOf(v), "a string"));
        }
        return null;
    }

    private List<String> texts(Map<?, ?> root, String key) {
        Object v = root.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object item : list) {
                out.add(String.valueOf(item));
            }
        } else if (v != null) {
            problems.add(new ValidationProblem(key, String.valueOf(v), "an array of strings"));
        }
        return out;
    }

    private <T> @Nullable T convert(String path, @Nullable String text, Function<String, T> parse) {
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationProblem(path, '"' + text + '"', String.valueOf(e.getMessage())));
            return null;
        }
    }
}
