package dev.banter.core.extension;

import dev.banter.api.extension.SettingField;
import dev.banter.api.extension.SettingsSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code settings} array of a manifest. Every rule a {@link SettingField} constructor enforces is checked
 * here first, so that a bad schema is a list of problems rather than the first exception, and every default is
 * checked against its field.
 */
final class SettingsReader {

    /** Integer settings reach JavaScript as numbers: beyond 2^53 - 1 they would lose precision. */
    static final long SAFE_INTEGER = (1L << 53) - 1;

    static final int MAX_STRING = 10_000;
    static final int MAX_LIST = 1_000;
    static final int MAX_CHOICES = 100;
    static final int MAX_LABEL = 200;
    static final List<String> TYPES = List.of("int", "string", "choice", "boolean", "color", "list");

    private static final List<String> COMMON = List.of("name", "type", "label", "required", "default");
    private static final Pattern ANY = Pattern.compile("(?s).{1,200}");

    private final Problems problems;

    SettingsReader(Problems problems) {
        this.problems = problems;
    }

    /** The keys a setting of {@code type} may have, common ones first. */
    static List<String> keysOf(String type) {
        List<String> keys = new ArrayList<>(COMMON);
        keys.addAll(
                switch (type) {
                    case "int" -> List.of("min", "max");
                    case "string" -> List.of("minLength", "maxLength");
                    case "choice" -> List.of("choices");
                    case "list" -> List.of("minItems", "maxItems", "maxItemLength");
                    default -> List.of();
                });
        return keys;
    }

    SettingsSchema read(@Nullable Object v) {
        List<Object> items = problems.array(
                v,
                "settings",
                ManifestReader.MAX_ITEMS,
                "an array of at most " + ManifestReader.MAX_ITEMS + " settings");
        if (items == null) {
            return SettingsSchema.EMPTY;
        }
        List<SettingField> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean complete = true;
        for (int i = 0; i < items.size(); i++) {
            String base = "settings[" + i + "]";
            Map<String, Object> object = problems.object(items.get(i), base, "a setting object");
            SettingField field = object == null ? null : field(object, base);
            if (field != null && !names.add(field.name())) {
                problems.add(base + ".name", field.name(), "a name no other setting has");
                field = null;
            }
            complete &= field != null;
            if (field != null) {
                fields.add(field);
            }
        }
        return complete ? new SettingsSchema(fields) : SettingsSchema.EMPTY;
    }

    private @Nullable SettingField field(Map<String, Object> s, String base) {
        Object typeValue = s.get("type");
        String type = typeValue instanceof String t && TYPES.contains(t) ? t : null;
        if (type == null) {
            problems.add(base + ".type", typeValue, "one of " + String.join(", ", TYPES));
        }
        if (type != null) {
            problems.unknownKeys(s, base, keysOf(type), "a " + type + " setting");
        }
        String name =
                problems.text(s, base, "name", true, SettingField.NAME, "a letter, then up to 63 of [A-Za-z0-9_]");
        String label = problems.label(s, base, "label", true, 1, MAX_LABEL);
        Boolean required = problems.bool(s, base, "required", false);
        if (type == null) {
            return null;
        }
        // the keys of the type are checked even when name or label are bad, so that every problem is listed
        SettingField bare = bare(type, s, base, name, label, required);
        if (bare == null) {
            return null;
        }
        Object given = s.get("default");
        if (given == null) {
            return bare;
        }
        String misfit = bare.misfit(given);
        if (misfit != null) {
            problems.add(base + ".default", given, misfit);
            return null;
        }
        return withDefault(bare, given);
    }

    /** The field without a default, or null when it has problems. */
    private @Nullable SettingField bare(
            String type,
            Map<String, Object> s,
            String base,
            @Nullable String name,
            @Nullable String label,
            @Nullable Boolean required) {
        SettingField field = typed(type, s, base, name == null ? "x" : name, label == null ? "x" : label);
        if (field == null || name == null || label == null || required == null) {
            return null;
        }
        return required ? withRequired(field) : field;
    }

    /** The field of {@code type}, not required, without a default; null when its type's keys have problems. */
    private @Nullable SettingField typed(String type, Map<String, Object> s, String base, String name, String label) {
        boolean required = false;
        return switch (type) {
            case "int" -> {
                Long min = problems.integer(s, base, "min", -SAFE_INTEGER, SAFE_INTEGER, -SAFE_INTEGER);
                Long max = problems.integer(s, base, "max", -SAFE_INTEGER, SAFE_INTEGER, SAFE_INTEGER);
                yield ordered(min, max, base + ".max", "min")
                        ? new SettingField.IntField(name, label, required, null, min, max)
                        : null;
            }
            case "string" -> {
                Long min = problems.integer(s, base, "minLength", 0, MAX_STRING, 0L);
                Long max = problems.integer(s, base, "maxLength", 0, MAX_STRING, (long) MAX_STRING);
                yield ordered(min, max, base + ".maxLength", "minLength")
                        ? new SettingField.StringField(name, label, required, null, min.intValue(), max.intValue())
                        : null;
            }
            case "choice" -> {
                List<String> choices = choices(s.get("choices"), base + ".choices");
                yield choices == null ? null : new SettingField.ChoiceField(name, label, required, null, choices);
            }
            case "boolean" -> new SettingField.BooleanField(name, label, required, null);
            case "color" -> new SettingField.ColorField(name, label, required, null);
            default -> {
                Long min = problems.integer(s, base, "minItems", 0, MAX_LIST, 0L);
                Long max = problems.integer(s, base, "maxItems", 0, MAX_LIST, (long) MAX_LIST);
                Long length = problems.integer(s, base, "maxItemLength", 1, MAX_STRING, (long) MAX_STRING);
                yield ordered(min, max, base + ".maxItems", "minItems") && length != null
                        ? new SettingField.ListField(
                                name, label, required, null, min.intValue(), max.intValue(), length.intValue())
                        : null;
            }
        };
    }

    private boolean ordered(@Nullable Long min, @Nullable Long max, String maxPath, String minKey) {
        if (min == null || max == null) {
            return false;
        }
        if (min > max) {
            problems.add(maxPath, max, "at least " + minKey + " (" + min + ")");
            return false;
        }
        return true;
    }

    private @Nullable List<String> choices(@Nullable Object v, String path) {
        String expected = "an array of 1.." + MAX_CHOICES + " distinct strings of 1..200 chars";
        if (v == null) {
            problems.add(path, null, expected);
            return null;
        }
        List<Object> items = problems.array(v, path, MAX_CHOICES, expected);
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.add(path, items, expected);
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String c = problems.text(items.get(i), path + "[" + i + "]", ANY, "a string of 1..200 chars");
            if (c != null && out.contains(c)) {
                problems.add(path + "[" + i + "]", c, "each choice once");
                return null;
            }
            if (c == null) {
                return null;
            }
            out.add(c);
        }
        return out;
    }

    private static SettingField withRequired(SettingField f) {
        return rebuild(f, true, null);
    }

    private static SettingField withDefault(SettingField f, Object d) {
        return rebuild(f, f.required(), d);
    }

    @SuppressWarnings("unchecked")
    private static SettingField rebuild(SettingField f, boolean required, @Nullable Object d) {
        return switch (f) {
            case SettingField.IntField i ->
                new SettingField.IntField(i.name(), i.label(), required, (Long) d, i.min(), i.max());
            case SettingField.StringField s ->
                new SettingField.StringField(s.name(), s.label(), required, (String) d, s.minLength(), s.maxLength());
            case SettingField.ChoiceField c ->
                new SettingField.ChoiceField(c.name(), c.label(), required, (String) d, c.choices());
            case SettingField.BooleanField b ->
                new SettingField.BooleanField(b.name(), b.label(), required, (Boolean) d);
            case SettingField.ColorField c -> new SettingField.ColorField(c.name(), c.label(), required, (String) d);
            case SettingField.ListField l ->
                new SettingField.ListField(
                        l.name(), l.label(), required, (List<String>) d, l.minItems(), l.maxItems(), l.maxItemLength());
        };
    }
}
