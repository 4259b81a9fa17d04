package dev.banter.core.extension;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.Dialect;
import dev.banter.api.extension.ExtensionKind;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.SettingsSchema;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.Version;
import dev.banter.api.sandbox.LimitKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Turns a {@code banter.json} text into a manifest, or a {@link ValidationException} listing every problem. */
final class ManifestReader {

    /** The top-level keys, in the canonical order {@link ManifestWriter} writes them. */
    static final List<String> KEYS = List.of(
            "id",
            "name",
            "version",
            "kind",
            "api",
            "main",
            "handlers",
            "shared",
            "types",
            "categories",
            "commands",
            "permissions",
            "settings",
            "limits",
            "description");

    /** Relative file paths inside the extension's directory: no {@code .} or {@code ..} segment, 1..200 chars. */
    static final Pattern FILE =
            Pattern.compile("(?=.{1,200}$)(?!(?:.*/)?\\.{1,2}(?:/.*)?$)[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*");

    static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
    static final Pattern COMMAND = Pattern.compile("[a-z0-9_-]{1,32}");
    static final Pattern EVENT = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    static final int MAX_ITEMS = 100;
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 2_000;

    private static final String FILE_EXPECTED =
            "a relative file path of [A-Za-z0-9_.-] segments separated by /, without . or .., 1..200 chars";

    private final Problems problems = new Problems();

    private ManifestReader() {}

    static ExtensionManifest read(String json, String subject) {
        ManifestReader reader = new ManifestReader();
        Object root = JsonDocument.read(json, reader.problems.list);
        ExtensionManifest manifest = null;
        if (root != null) {
            Map<String, Object> object = reader.problems.object(root, JsonDocument.ROOT, "a JSON object");
            if (object != null) {
                manifest = reader.manifest(object);
            }
        }
        if (manifest == null || !reader.problems.isEmpty()) {
            throw new ValidationException(subject, reader.problems.list);
        }
        return manifest;
    }

    private @Nullable ExtensionManifest manifest(Map<String, Object> m) {
        problems.unknownKeys(m, JsonDocument.ROOT, KEYS, "a manifest");
        String id = problems.text(
                m,
                JsonDocument.ROOT,
                "id",
                true,
                ExtensionManifest.ID,
                "1..64 chars of [a-z0-9._-], starting with a letter or digit");
        String name = problems.label(m, JsonDocument.ROOT, "name", true, 1, MAX_NAME);
        Version version = version(m.get("version"));
        ExtensionKind kind = keyed(m, "kind", ExtensionKind.values(), ExtensionKind::key);
        Dialect dialect = keyed(m, "api", Dialect.values(), Dialect::key);
        String main = problems.text(m, JsonDocument.ROOT, "main", false, FILE, FILE_EXPECTED);
        Map<String, String> handlers = handlers(m.get("handlers"));
        entryPoints(m, dialect);
        List<String> shared = problems.strings(m, "shared", MAX_ITEMS, FILE, FILE_EXPECTED);
        List<String> types = problems.strings(m, "types", MAX_ITEMS, TYPE, "a message type name like chat.message");
        List<String> categories =
                problems.strings(m, "categories", MAX_ITEMS, TYPE, "a routing category like command or tip.tier.2");
        List<String> commands =
                problems.strings(m, "commands", MAX_ITEMS, COMMAND, "a command name of 1..32 chars of [a-z0-9_-]");
        Set<Permission> permissions = permissions(m);
        SettingsSchema settings = new SettingsReader(problems).read(m.get("settings"));
        Map<LimitKind, Long> limits = limits(m.get("limits"));
        String description = problems.label(m, JsonDocument.ROOT, "description", false, 0, MAX_DESCRIPTION);
        if (!problems.isEmpty()) {
            return null;
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
                    shared,
                    types,
                    categories,
                    commands,
                    permissions,
                    settings,
                    limits,
                    description == null ? "" : description);
        } catch (IllegalArgumentException | NullPointerException e) {
            // every invariant of the record is checked above; this keeps a gap from escaping as another type
            problems.add(JsonDocument.ROOT, String.valueOf(e.getMessage()), "a manifest the record accepts");
            return null;
        }
    }

    private @Nullable Version version(@Nullable Object v) {
        String expected = "a semantic version MAJOR.MINOR.PATCH[-PRERELEASE], such as 1.4.0";
        if (v instanceof String s) {
            try {
                return Version.parse(s);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.add("version", v, expected);
        return null;
    }

    private <E extends Enum<E>> @Nullable E keyed(
            Map<String, Object> m, String key, E[] values, java.util.function.Function<E, String> keyOf) {
        Object v = m.get(key);
        for (E e : values) {
            if (keyOf.apply(e).equals(v)) {
                return e;
            }
        }
        problems.add(
                key,
                v,
                "one of "
                        + Arrays.stream(values)
                                .map(keyOf)
                                .map(k -> '"' + k + '"')
                                .collect(Collectors.joining(", ")));
        return null;
    }

    private void entryPoints(Map<String, Object> m, @Nullable Dialect dialect) {
        boolean hasMain = m.containsKey("main");
        boolean hasHandlers = m.containsKey("handlers");
        if (hasMain == hasHandlers) {
            problems.add(
                    "main",
                    hasMain ? m.get("main") : null,
                    "either main (one file that registers the handlers) or handlers (one file per event), not "
                            + (hasMain ? "both" : "neither"));
        } else if (hasHandlers && dialect != null && dialect != Dialect.CB_2) {
            problems.add("handlers", m.get("handlers"), "main: per-handler files are for the cb/2 dialect only");
        }
    }

    private Map<String, String> handlers(@Nullable Object v) {
        Map<String, Object> object = problems.object(v, "handlers", "an object of event name to file");
        if (object == null) {
            return Map.of();
        }
        if (object.isEmpty() || object.size() > MAX_ITEMS) {
            problems.add("handlers", object.size() + " entries", "1.." + MAX_ITEMS + " event handler files");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object.entrySet()) {
            String path = JsonDocument.child("handlers", e.getKey());
            if (!EVENT.matcher(e.getKey()).matches()) {
                problems.add(path, e.getKey(), "an event name: a letter, then up to 63 of [A-Za-z0-9_.-]");
            }
            String file = problems.text(e.getValue(), path, FILE, FILE_EXPECTED);
            if (file != null) {
                out.put(e.getKey(), file);
            }
        }
        return out;
    }

    private Set<Permission> permissions(Map<String, Object> m) {
        String known =
                Arrays.stream(Permission.values()).map(p -> '"' + p.key() + '"').collect(Collectors.joining(", "));
        Pattern form = Pattern.compile(Arrays.stream(Permission.values())
                .map(p -> Pattern.quote(p.key()))
                .collect(Collectors.joining("|")));
        Set<Permission> out = EnumSet.noneOf(Permission.class);
        for (String key : problems.strings(m, "permissions", MAX_ITEMS, form, "a permission: one of " + known)) {
            out.add(Permission.ofKey(key));
        }
        return out;
    }

    private Map<LimitKind, Long> limits(@Nullable Object v) {
        Map<String, Object> object = problems.object(v, "limits", "an object of limit name to positive integer");
        if (object == null) {
            return Map.of();
        }
        Map<LimitKind, Long> out = new EnumMap<>(LimitKind.class);
        String known = Arrays.stream(LimitKind.values()).map(LimitKind::key).collect(Collectors.joining(", "));
        for (Map.Entry<String, Object> e : object.entrySet()) {
            String path = JsonDocument.child("limits", e.getKey());
            LimitKind kind = null;
            for (LimitKind k : LimitKind.values()) {
                if (k.key().equals(e.getKey())) {
                    kind = k;
                }
            }
            if (kind == null) {
                problems.add(path, e.getKey(), "a limit name: one of " + known);
                continue;
            }
            Long value =
                    problems.integer(e.getValue(), path, 1, Long.MAX_VALUE, "a positive integer (" + kind.unit() + ")");
            if (value != null) {
                out.put(kind, value);
            }
        }
        return out;
    }
}
