package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ManifestProperties {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Property(tries = 300)
    void validManifest_roundTripsThroughToJsonAndParse(@ForAll("manifests") ExtensionManifest m) {
        String json = Manifests.toJson(m);

        assertThat(Manifests.parse(json)).isEqualTo(m);
        assertThat(Manifests.toJson(Manifests.parse(json))).isEqualTo(json);
    }

    @Property(tries = 400)
    void singleFieldCorruption_isReportedAtThatField(
            @ForAll("manifests") ExtensionManifest m, @ForAll("corruptions") Corruption corruption) {
        ObjectNode doc = (ObjectNode) JSON.readTree(Manifests.toJson(m));
        String path = corruption.apply(doc);

        ValidationException e =
                catchThrowableOfType(ValidationException.class, () -> Manifests.parse(JSON.writeValueAsString(doc)));

        assertThat(e).as("%s of %s", path, doc).isNotNull();
        assertThat(e.problems()).extracting(ValidationProblem::path).containsOnly(path);
    }

    @Property(tries = 500)
    void parse_ofMangledText_throwsOnlyValidationException(@ForAll("mangled") String text) {
        try {
            Manifests.parse(text);
        } catch (ValidationException e) {
            assertThat(e.problems())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.path()).isNotEmpty());
        }
    }

    /** A valid manifest with a few characters deleted, replaced or inserted, or plain JSON-ish noise. */
    @Provide
    Arbitrary<String> mangled() {
        String valid = ManifestsTest.DICE;
        Arbitrary<String> edited = Combinators.combine(
                        Arbitraries.integers()
                                .between(0, valid.length() - 1)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(4),
                        Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', 'x', '1', '-', ' ', '\u0000', '\ud800')
                                .list()
                                .ofSize(4),
                        Arbitraries.integers().between(0, 2))
                .as((at, chars, how) -> {
                    StringBuilder b = new StringBuilder(valid);
                    for (int i = 0; i < at.size(); i++) {
                        int pos = Math.min(at.get(i), b.length() - 1);
                        switch (how) {
                            case 0 -> b.deleteCharAt(pos);
                            case 1 -> b.setCharAt(pos, chars.get(i));
                            default -> b.insert(pos, chars.get(i));
                        }
                    }
                    return b.toString();
                });
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("{}[]\":,0123456789.eE-+tfnrulsa \\\n")
                .ofMaxLength(40);
        Arbitrary<String> deep = Arbitraries.integers().between(1, 5000).map(n -> "[".repeat(n) + "]".repeat(n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, edited), net.jqwik.api.Tuple.of(3, noise), net.jqwik.api.Tuple.of(1, deep));
    }

    /** Breaks one field of a canonical manifest and answers the path of the field it broke. */
    interface Corruption {
        String apply(ObjectNode doc);
    }

    @Provide
    Arbitrary<Corruption> corruptions() {
        return Arbitraries.of(
                d -> put(d, "id", "Not An Id"),
                d -> put(d, "name", " "),
                d -> put(d, "version", "1.2"),
                d -> put(d, "version", "1.2.3+build"),
                d -> put(d, "kind", "plugin"),
                d -> {
                    d.put("api", 2);
                    return "api";
                },
                d -> put(d, "description", "x".repeat(2001)),
                d -> {
                    d.put("extra", true);
                    return "extra";
                },
                d -> append(d, "permissions", "root"),
                d -> append(d, "types", "Not A Type"),
                d -> append(d, "categories", ""),
                d -> append(d, "commands", "!roll"),
                d -> append(d, "shared", "../outside.js"),
                d -> {
                    ((ObjectNode) d.get("limits")).put("deadline", -5);
                    return "limits.deadline";
                },
                d -> {
                    ((ObjectNode) d.get("limits")).put("cpu-time", 5);
                    return "limits.cpu-time";
                },
                d -> {
                    ((ObjectNode) d.get("limits")).put("heap", "big");
                    return "limits.heap";
                },
                ManifestProperties::corruptSetting);
    }

    private static String put(ObjectNode d, String key, String value) {
        d.put(key, value);
        return key;
    }

    private static String append(ObjectNode d, String key, String value) {
        ArrayNode array = (ArrayNode) d.get(key);
        array.add(value);
        return key + "[" + (array.size() - 1) + "]";
    }

    /** Breaks the first setting, or adds a broken one. */
    private static String corruptSetting(ObjectNode d) {
        ArrayNode settings = (ArrayNode) d.get("settings");
        if (settings.isEmpty()) {
            settings.addObject().put("name", "late").put("type", "int").put("label", "");
            return "settings[0].label";
        }
        ObjectNode first = (ObjectNode) settings.get(0);
        JsonNode type = first.get("type");
        return switch (type.asString()) {
            case "int" -> {
                first.put("default", first.get("max").asLong() + 1);
                yield "settings[0].default";
            }
            case "choice" -> {
                first.putArray("choices");
                yield "settings[0].choices";
            }
            case "list" -> {
                first.put("maxItemLength", 0);
                yield "settings[0].maxItemLength";
            }
            default -> {
                first.put("unexpected", 1);
                yield "settings[0].unexpected";
            }
        };
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<ExtensionManifest> manifests() {
        Arbitrary<String> id = Combinators.combine(
                        Arbitraries.chars().range('a', 'z'),
                        Arbitraries.strings().withChars("abcxyz019._-").ofMaxLength(20))
                .as((c, s) -> c + s);
        Arbitrary<String> name = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("äé€\"\\\t")
                .ofMaxLength(40)
                .map(s -> "N" + s);
        Arbitrary<String> description = Arbitraries.strings()
                .withCharRange(' ', '\u07ff')
                .withChars("\n\"\\")
                .ofMaxLength(200);
        Arbitrary<Dialect> dialect = Arbitraries.of(Dialect.class);
        Arbitrary<String> file = Arbitraries.of("main.js", "src/app.js", "lib/a.js", "lib/b.js", "x-1.js", "v1.2/c.js");
        Arbitrary<List<String>> shared = file.list().uniqueElements().ofMaxSize(3);
        Arbitrary<Map<String, String>> handlers = Arbitraries.maps(
                        Arbitraries.of("onTip", "onMessage", "onEnter", "on.leave"), file)
                .ofMinSize(1)
                .ofMaxSize(3);
        Arbitrary<List<String>> types = Arbitraries.of("chat.message", "tip", "user.enter", "timer", "room.stats")
                .list()
                .uniqueElements()
                .ofMaxSize(4);
        Arbitrary<List<String>> categories = Arbitraries.of("command", "mention", "tip.tier.2", "first-message")
                .list()
                .uniqueElements()
                .ofMaxSize(3);
        Arbitrary<List<String>> commands = Arbitraries.of("roll", "help", "top", "best_1", "x-y")
                .list()
                .uniqueElements()
                .ofMaxSize(4);
        Arbitrary<Set<Permission>> permissions =
                Arbitraries.of(Permission.class).set();
        Arbitrary<Map<LimitKind, Long>> limits = Arbitraries.maps(
                        Arbitraries.of(LimitKind.class), Arbitraries.longs().between(1, 1L << 40))
                .ofMaxSize(5)
                .map(m -> m.isEmpty() ? Map.<LimitKind, Long>of() : new EnumMap<>(m));
        return Builders.withBuilder(Parts::new)
                .use(id)
                .in((p, v) -> p.with(b -> b.id = v))
                .use(name)
                .in((p, v) -> p.with(b -> b.name = v))
                .use(versions())
                .in((p, v) -> p.with(b -> b.version = v))
                .use(Arbitraries.of(ExtensionKind.class))
                .in((p, v) -> p.with(b -> b.kind = v))
                .use(dialect)
                .in((p, v) -> p.with(b -> b.dialect = v))
                .use(file)
                .in((p, v) -> p.with(b -> b.main = v))
                .use(handlers)
                .in((p, v) -> p.with(b -> b.handlers = v))
                .use(shared)
                .in((p, v) -> p.with(b -> b.shared = v))
                .use(types)
                .in((p, v) -> p.with(b -> b.types = v))
                .use(categories)
                .in((p, v) -> p.with(b -> b.categories = v))
                .use(commands)
                .in((p, v) -> p.with(b -> b.commands = v))
                .use(permissions)
                .in((p, v) -> p.with(b -> b.permissions = v))
                .use(settingsSchemas())
                .in((p, v) -> p.with(b -> b.settings = v))
                .use(limits)
                .in((p, v) -> p.with(b -> b.limits = v))
                .use(description)
                .in((p, v) -> p.with(b -> b.description = v))
                .build(Parts::manifest);
    }

    static Arbitrary<Version> versions() {
        Arbitrary<Integer> n = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 999_999));
        Arbitrary<String> pre = Arbitraries.of("", "alpha", "beta.2", "rc.1", "0.3.x-y", "1.a", "-");
        return Combinators.combine(n, n, n, pre).as(Version::new);
    }

    static Arbitrary<SettingsSchema> settingsSchemas() {
        return settingFields().list().ofMaxSize(5).map(fields -> {
            List<SettingField> named = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                named.add(renamed(fields.get(i), "s" + i));
            }
            return new SettingsSchema(named);
        });
    }

    /** Random valid fields, each with a default that fits or none. */
    static Arbitrary<SettingField> settingFields() {
        Arbitrary<String> label =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<Boolean> required = Arbitraries.of(true, false);
        Arbitrary<SettingField> ints = Combinators.combine(
                        label,
                        required,
                        Arbitraries.longs().between(-1_000, 1_000),
                        Arbitraries.longs().between(0, 1_000),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.of(true, false))
                .as((l, r, min, span, at, withDefault) -> new SettingField.IntField(
                        "x", l, r, withDefault ? min + Math.round(span * at) : null, min, min + span));
        Arbitrary<SettingField> strings = Combinators.combine(
                        label,
                        required,
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMaxLength(12)
                                .injectNull(0.3))
                .as((l, r, min, span, d) -> new SettingField.StringField(
                        "x",
                        l,
                        r,
                        d == null || d.length() < min || d.length() > min + span ? null : d,
                        min,
                        min + span));
        Arbitrary<SettingField> choices = Combinators.combine(
                        label,
                        required,
                        Arbitraries.of("red", "green", "blue", "a b", "\"q\"")
                                .list()
                                .uniqueElements()
                                .ofMinSize(1)
                                .ofMaxSize(4),
                        Arbitraries.integers().between(-1, 3))
                .as((l, r, c, pick) ->
                        new SettingField.ChoiceField("x", l, r, pick < 0 ? null : c.get(pick % c.size()), c));
        Arbitrary<SettingField> booleans = Combinators.combine(
                        label, required, Arbitraries.of(true, false).injectNull(0.3))
                .as((l, r, d) -> new SettingField.BooleanField("x", l, r, d));
        Arbitrary<SettingField> colors = Combinators.combine(
                        label,
                        required,
                        Arbitraries.strings()
                                .withChars("0123456789abcdefABCDEF")
                                .ofLength(6)
                                .map(s -> "#" + s)
                                .injectNull(0.3))
                .as((l, r, d) -> new SettingField.ColorField("x", l, r, d));
        Arbitrary<SettingField> lists = Combinators.combine(
                        label,
                        required,
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.of(true, false))
                .as((l, r, min, span, len, withDefault) -> new SettingField.ListField(
                        "x",
                        l,
                        r,
                        withDefault ? List.of("a".repeat(len)).subList(0, min > 0 ? 1 : 0) : null,
                        Math.min(min, 1),
                        Math.min(min, 1) + span,
                        len));
        return Arbitraries.oneOf(ints, strings, choices, booleans, colors, lists);
    }

    static SettingField renamed(SettingField f, String name) {
        return switch (f) {
            case SettingField.IntField i ->
                new SettingField.IntField(name, i.label(), i.required(), i.defaultValue(), i.min(), i.max());
            case SettingField.StringField s ->
                new SettingField.StringField(
                        name, s.label(), s.required(), s.defaultValue(), s.minLength(), s.maxLength());
            case SettingField.ChoiceField c ->
                new SettingField.ChoiceField(name, c.label(), c.required(), c.defaultValue(), c.choices());
            case SettingField.BooleanField b ->
                new SettingField.BooleanField(name, b.label(), b.required(), b.defaultValue());
            case SettingField.ColorField c ->
                new SettingField.ColorField(name, c.label(), c.required(), c.defaultValue());
            case SettingField.ListField l ->
                new SettingField.ListField(
                        name, l.label(), l.required(), l.defaultValue(), l.minItems(), l.maxItems(), l.maxItemLength());
        };
    }

    /** The parts of a manifest as the generator fills them in. */
    static final class Parts {
        String id = "x";
        String name = "X";
        Version version = Version.of(1, 0, 0);
        ExtensionKind kind = ExtensionKind.BOT;
        Dialect dialect = Dialect.BANTER_1;
        String main = "main.js";
        Map<String, String> handlers = new LinkedHashMap<>();
        List<String> shared = List.of();
        List<String> types = List.of();
        List<String> categories = List.of();
        List<String> commands = List.of();
        Set<Permission> permissions = Set.of();
        SettingsSchema settings = SettingsSchema.EMPTY;
        Map<LimitKind, Long> limits = Map.of();
        String description = "";

        Parts with(java.util.function.Consumer<Parts> change) {
            change.accept(this);
            return this;
        }

        ExtensionManifest manifest() {
            boolean perHandler = dialect == Dialect.CB_2 && handlers.size() % 2 == 1;
            return new ExtensionManifest(
                    id,
                    name,
                    version,
                    kind,
                    dialect,
                    perHandler ? null : main,
                    perHandler ? handlers : Map.of(),
                    shared,
                    types,
                    categories,
                    commands,
                    permissions,
                    settings,
                    limits,
                    description);
        }
    }
}
