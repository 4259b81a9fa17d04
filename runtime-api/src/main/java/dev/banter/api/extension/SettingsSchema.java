package dev.banter.api.extension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The settings form of an extension: up to 100 fields with distinct names, in display order.
 *
 * <p>{@link #problems()} checks the schema itself, defaults included: a default that does not fit its field is a
 * problem, as is a required choice without a default nobody could guess. {@link #resolve} checks values for an install
 * or a change and fills in the defaults.
 *
 * @since 0.2
 */
public record SettingsSchema(List<SettingField> fields) {

    /** A schema without fields. */
    public static final SettingsSchema EMPTY = new SettingsSchema(List.of());

    public SettingsSchema {
        fields = List.copyOf(fields);
        if (fields.size() > 100) {
            throw new IllegalArgumentException("at most 100 settings, were " + fields.size());
        }
        Set<String> names = new HashSet<>();
        for (SettingField f : fields) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("setting '" + f.name() + "' is declared twice");
            }
        }
    }

    /** What is wrong with the schema's defaults, at {@code settings[i].default}; empty when nothing is. */
    public List<ValidationProblem> problems() {
        List<ValidationProblem> problems = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            SettingField f = fields.get(i);
            Object d = f.defaultValue();
            if (d != null) {
                String misfit = f.misfit(d);
                if (misfit != null) {
                    problems.add(new ValidationProblem("settings[" + i + "].default", quote(d), misfit));
                }
            }
        }
        return problems;
    }

    /** The field with that name, or null. */
    public @Nullable SettingField field(String name) {
        for (SettingField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Checks {@code values} against the schema and answers the complete settings: the given values, then the
     * defaults of the fields not given. Integers may be given as any integral {@link Number}; they come back as
     * {@link Long}.
     *
     * @throws ValidationException listing, at {@code values.<name>}, every unknown name, misfit value and required
     *     field without a value
     */
    public Map<String, Object> resolve(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        List<ValidationProblem> problems = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            SettingField f = field(e.getKey());
            if (f == null) {
                problems.add(new ValidationProblem(
                        "values." + e.getKey(), quote(e.getValue()), "one of the declared settings " + names()));
            }
        }
        for (SettingField f : fields) {
            Object v = values.get(f.name());
            if (v instanceof Number n && f instanceof SettingField.IntField && integral(n)) {
                v = n.longValue();
            }
            if (v == null) {
                v = f.defaultValue();
                if (v == null) {
                    if (f.required()) {
                        problems.add(new ValidationProblem(
                                "values." + f.name(),
                                "missing",
                                "a value: the setting is required and has no default"));
                    }
                    continue;
                }
            }
            String misfit = f.misfit(v);
            if (misfit != null) {
                problems.add(new ValidationProblem("values." + f.name(), quote(v), misfit));
                continue;
            }
            out.put(f.name(), v);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("settings", problems);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The names of the fields, in order. */
    public List<String> names() {
        return fields.stream().map(SettingField::name).toList();
    }

    private static boolean integral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    static String quote(Object v) {
        String s = v instanceof String str ? '"' + str + '"' : String.valueOf(v);
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
