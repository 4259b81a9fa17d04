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
import dev.banter.api.handler.Subscription;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.core.extension.JsTokens.Kind;
import dev.banter.core.extension.JsTokens.Token;
import dev.banter.core.state.InMemoryStateStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a bare {@code cb/1} app file (Chaturbate Apps API v1) into an extension manifest: its {@code
 * cb.settings_choices} become the settings schema, the hooks it registers become its types, and the {@code cb}
 * members it uses become its permissions. The library call behind {@code banter import-cb app.js}.
 *
 * <pre>{@code
 * ExtensionManifest m = CbImport.manifest("tipgoal", "app.js", Files.readString(app), sandbox);
 * Files.writeString(dir.resolve("banter.json"), Manifests.toJson(m));
 * }</pre>
 *
 * <p>{@code settings_choices} is evaluated, not parsed: the app's top-level code runs once in the sandbox, in a
 * throwaway room with no settings and under the sandbox's default limits, exactly as it will run when installed.
 * The conversion follows the v1 documentation:
 *
 * <ul>
 *   <li>{@code int}: {@code minValue}, {@code maxValue} (default ±2<sup>31</sup>), an integral {@code defaultValue}
 *       (numeric strings are accepted);
 *   <li>{@code str}: {@code minLength} (default 0), {@code maxLength} (default and at most 10,000);
 *   <li>{@code choice}: {@code choice1}, {@code choice2}, ... up to the first one missing;
 *   <li>every type: {@code name}, {@code label} (the name when absent), {@code defaultValue}, and {@code required},
 *       which defaults to true as in v1.
 * </ul>
 *
 * @since 0.3
 */
public final class CbImport {

    /** The room the app's top-level code runs in while it is imported. */
    public static final RoomId IMPORT_ROOM = RoomId.of("cb-import");

    private static final long INT_MIN = Integer.MIN_VALUE;
    private static final long INT_MAX = Integer.MAX_VALUE;
    private static final int MAX_STRING = 10_000;
    private static final int MAX_LABEL = 200;

    // cb members (and the bare timer functions) -> the permission they need
    private static final Map<String, Permission> USES = Map.ofEntries(
            Map.entry("sendNotice", Permission.NOTICE),
            Map.entry("chatNotice", Permission.NOTICE),
            Map.entry("changeRoomSubject", Permission.SUBJECT),
            Map.entry("setTimeout", Permission.TIMERS),
            Map.entry("setInterval", Permission.TIMERS),
            Map.entry("tipOptions", Permission.TIP_OPTIONS),
            Map.entry("drawPanel", Permission.CUSTOM),
            Map.entry("onDrawPanel", Permission.CUSTOM));

    private CbImport() {}

    /**
     * Evaluates the app's top-level code in {@code sandbox} and builds its manifest: kind {@code app}, dialect
     * {@code cb/1}, version 1.0.0, {@code main} = {@code fileName}, the types of the hooks it registered, the
     * permissions of the members it uses, and its settings schema.
     *
     * @param id the extension id to give it, as {@link ExtensionManifest#ID}
     * @throws IllegalArgumentException if the id or file name is not valid
     * @throws ValidationException if {@code settings_choices} cannot be turned into a settings schema, naming each
     *     bad entry ({@code settings_choices[2].maxValue}) and its value
     * @throws dev.banter.api.ExtensionException if the top-level code fails or breaks a limit
     */
    public static ExtensionManifest manifest(String id, String fileName, String source, Sandbox sandbox) {
        Objects.requireNonNull(sandbox, "sandbox");
        ExtensionSource code = ExtensionSource.of(id, "1.0.0", Dialect.CB_1.key(), fileName, source);
        InstanceSpec spec =
                InstanceSpec.of(code, IMPORT_ROOM, 0, new InMemoryStateStore(), EnumSet.allOf(Permission.class));
        List<String> types = new ArrayList<>();
        String declarations;
        try (ExtensionInstance instance = sandbox.instantiate(spec)) {
            for (Subscription s : instance.subscriptions()) {
                if (s.type() != null && !types.contains(s.type())) {
                    types.add(s.type());
                }
            }
            declarations = instance.declarations();
        }
        return manifest(id, fileName, source, declarations, types);
    }

    /**
     * Builds the manifest from what evaluating the app produced: its {@link ExtensionInstance#declarations()} and
     * the types it subscribed to.
     *
     * @throws ValidationException as {@link #manifest(String, String, String, Sandbox)}
     */
    public static ExtensionManifest manifest(
            String id, String fileName, String source, String declarationsJson, List<String> types) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(types, "types");
        SettingsSchema settings = settingsFromDeclarations(declarationsJson);
        Set<Permission> permissions = permissions(source);
        TreeSet<String> handled = new TreeSet<>(types);
        if (!permissions.contains(Permission.TIMERS)) {
            handled.remove("timer"); // subscribed only because the import granted every permission
        }
        return new ExtensionManifest(
                id,
                id,
                Version.of(1, 0, 0),
                ExtensionKind.APP,
                Dialect.CB_1,
                fileName,
                Map.of(),
                List.of(),
                List.copyOf(handled),
                List.of(),
                List.of(),
                permissions,
                settings,
                Map.of(),
                "Imported from the cb/1 app " + fileName);
    }

    /**
     * The permissions the app's code visibly needs: {@code notice} for {@code sendNotice}/{@code chatNotice},
     * {@code subject}, {@code timers} for {@code setTimeout}, {@code tip-options}, and {@code custom} for the panel
     * and {@code limitCam_*} (restyling a message needs none: the style travels on the delivered message). A
     * lexical scan: a name inside a string or comment does not count.
     */
    public static Set<Permission> permissions(String source) {
        Objects.requireNonNull(source, "source");
        EnumSet<Permission> needed = EnumSet.noneOf(Permission.class);
        List<Token> tokens = JsTokens.of(source);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Kind.NAME) {
                continue;
            }
            Permission p = USES.get(t.text());
            if (p != null) {
                needed.add(p);
            } else if (t.text().startsWith("limitCam_")) {
                needed.add(Permission.CUSTOM);
            }
        }
        return needed;
    }

    /**
     * Converts {@code {"settings_choices": [...]}}, as {@link ExtensionInstance#declarations()} answers it.
     *
     * @throws ValidationException naming each problem
     */
    public static SettingsSchema settingsFromDeclarations(String declarationsJson) {
        Objects.requireNonNull(declarationsJson, "declarationsJson");
        List<ValidationProblem> problems = new ArrayList<>();
        Object doc = JsonDocument.read(declarationsJson, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException("cb/1 declarations", problems);
        }
        Object choices = doc instanceof Map<?, ?> m ? m.get("settings_choices") : null;
        return settingsSchema(choices == null ? List.of() : choices);
    }

    /**
     * Converts an evaluated {@code cb.settings_choices} (a list of maps, as read from JSON) into a settings schema.
     *
     * @throws ValidationException naming every problem at once: its path ({@code settings_choices[1].type}) and
     *     value
     */
    public static SettingsSchema settingsSchema(Object settingsChoices) {
        List<ValidationProblem> problems = new ArrayList<>();
        List<SettingField> fields = new ArrayList<>();
        if (!(settingsChoices instanceof List<?> list)) {
            problems.add(new ValidationProblem("settings_choices", quote(settingsChoices), "an array of settings"));
            throw new ValidationException("cb.settings_choices", problems);
        }
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "settings_choices[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                problems.add(new ValidationProblem(path, quote(list.get(i)), "an object with name, type and label"));
                continue;
            }
            SettingField field = new CbSetting(path, entry, problems).field();
            if (field != null && !names.add(field.name())) {
                problems.add(new ValidationProblem(path + ".name", quote(field.name()), "a name not used before"));
            } else if (field != null) {
                fields.add(field);
            }
        }
        SettingsSchema schema = problems.isEmpty() ? new SettingsSchema(fields) : null;
        if (schema != null) {
            for (ValidationProblem p : schema.problems()) {
                problems.add(new ValidationProblem(
                        p.path().replace("settings[", "settings_choices[").replace(".default", ".defaultValue"),
                        p.value(),
                        p.expected()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("cb.settings_choices", problems);
        }
        return schema;
    }

    static String quote(@Nullable Object value) {
        String s = value instanceof String str ? '"' + str + '"' : JsonDocument.render(value);
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    /** One entry of {@code settings_choices}, read with every problem recorded. */
    private static final class CbSetting {
        private final String path;
        private final Map<?, ?> entry;
        private final List<ValidationProblem> problems;
        private final int before;

        CbSetting(String path, Map<?, ?> entry, List<ValidationProblem> problems) {
            this.path = path;
            this.entry = entry;
            this.problems = problems;
            this.before = problems.size();
        }

        SettingField field() {
            Object rawName = entry.get("name");
            String name =
                    rawName instanceof String s && SettingField.NAME.matcher(s).matches() ? s : null;
            if (name == null) {
                problem("name", rawName, "a letter then up to 63 of [A-Za-z0-9_]");
            }
            Object rawLabel = entry.get("label");
            String label = rawLabel instanceof String s && !s.isBlank() ? s : name == null ? "?" : name;
            label = label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) : label;
            boolean required = !Boolean.FALSE.equals(entry.get("required"));
            Object type = entry.get("type");
            SettingField field = null;
            try {
                field = switch (type instanceof String s ? s : "") {
                    case "int" -> intField(name, label, required);
                    case "str" -> strField(name, label, required);
                    case "choice" -> choiceField(name, label, required);
                    default -> {
                        problem("type", type, "int, str or choice");
                        yield null;
                    }
                };
            } catch (IllegalArgumentException e) {
                problem("", entry, String.valueOf(e.getMessage()));
            }
            return problems.size() == before ? field : null;
        }

        private SettingField.IntField intField(String name, String label, boolean required) {
            long min = integer("minValue", INT_MIN);
            long max = integer("maxValue", INT_MAX);
            Long dflt = given("defaultValue") == null ? null : integer("defaultValue", 0);
            if (min > max) {
                problem("maxValue", max, "at least minValue (" + min + ")");
            }
            return problems.size() == before ? new SettingField.IntField(name, label, required, dflt, min, max) : null;
        }

        private SettingField.StringField strField(String name, String label, boolean required) {
            long min = integer("minLength", 0);
            long max = Math.min(integer("maxLength", MAX_STRING), MAX_STRING);
            if (min < 0 || min > max) {
                problem("minLength", min, "0.." + max);
            }
            String value = text(given("defaultValue"));
            return problems.size() == before
                    ? new SettingField.StringField(name, label, required, value, (int) min, (int) max)
                    : null;
        }

        private SettingField.ChoiceField choiceField(String name, String label, boolean required) {
            List<String> choices = new ArrayList<>();
            for (int n = 1; entry.containsKey("choice" + n); n++) {
                Object c = entry.get("choice" + n);
                if (c instanceof String || c instanceof Number) {
                    String choice = text(c);
                    if (choices.contains(choice)) {
                        problem("choice" + n, c, "a choice not listed before");
                    }
                    choices.add(choice);
                } else {
                    problem("choice" + n, c, "a string");
                }
            }
            if (choices.isEmpty()) {
                problem("choice1", null, "at least one choice (choice1, choice2, ...)");
            }
            String value = text(given("defaultValue"));
            return problems.size() == before
                    ? new SettingField.ChoiceField(name, label, required, value, choices)
                    : null;
        }

        /** The value at {@code key}; null when it is missing or JSON null. */
        private @Nullable Object given(String key) {
            Object v = entry.get(key);
            return v == JsonDocument.NULL ? null : v;
        }

        private static @Nullable String text(@Nullable Object v) {
            return v == null ? null : v instanceof String s ? s : JsonDocument.render(v);
        }

        /** An integral number or numeric string at {@code key}, or {@code absent} when the key is missing. */
        private long integer(String key, long absent) {
            Object v = given(key);
            if (v == null) {
                return absent;
            }
            if (v instanceof Long l) {
                return l;
            }
            if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e15) {
                return d.longValue();
            }
            if (v instanceof String s) {
                try {
                    return Long.parseLong(s.trim());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            problem(key, v, "an integer");
            return absent;
        }

        private void problem(String key, @Nullable Object value, String expected) {
            problems.add(new ValidationProblem(key.isEmpty() ? path : path + "." + key, quote(value), expected));
        }
    }
}
