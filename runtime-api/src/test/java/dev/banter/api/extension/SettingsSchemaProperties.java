package dev.banter.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** {@link SettingsSchema#resolve} accepts exactly the values that fit, checked against a model written here. */
class SettingsSchemaProperties {

    @Property(tries = 1000)
    void resolve_acceptsExactlyTheValuesThatFit(
            @ForAll("schemas") SettingsSchema schema, @ForAll("valueMaps") Map<String, Object> values) {
        Map<String, Object> given = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (schema.field(k) != null) {
                given.put(k, v);
            }
        });
        boolean expectOk = true;
        Map<String, Object> expected = new LinkedHashMap<>();
        for (SettingField f : schema.fields()) {
            Object v = given.containsKey(f.name()) ? normalized(f, given.get(f.name())) : f.defaultValue();
            if (v == null) {
                expectOk &= !f.required();
            } else if (fits(f, v)) {
                expected.put(f.name(), v);
            } else {
                expectOk = false;
            }
        }

        if (expectOk) {
            assertThat(schema.resolve(given)).containsExactlyEntriesOf(expected);
        } else {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> schema.resolve(given));
            assertThat(e).as("resolve(%s) against %s", given, schema).isNotNull();
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("values."));
        }
    }

    @Property(tries = 300)
    void resolve_refusesUnknownNames(@ForAll("schemas") SettingsSchema schema) {
        ValidationException e =
                catchThrowableOfType(ValidationException.class, () -> schema.resolve(Map.of("notDeclared_", 1)));

        assertThat(e.problems()).extracting(ValidationProblem::path).contains("values.notDeclared_");
    }

    @Property(tries = 500)
    void problems_reportExactlyTheDefaultsThatDoNotFit(@ForAll("schemas") SettingsSchema schema) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < schema.fields().size(); i++) {
            SettingField f = schema.fields().get(i);
            if (f.defaultValue() != null && !fits(f, f.defaultValue())) {
                expected.add("settings[" + i + "].default");
            }
        }

        assertThat(schema.problems()).extracting(ValidationProblem::path).containsExactlyElementsOf(expected);
    }

    // ---------------------------------------------------------------- the model

    private static @Nullable Object normalized(SettingField f, @Nullable Object v) {
        if (f instanceof SettingField.IntField && (v instanceof Integer || v instanceof Short || v instanceof Byte)) {
            return ((Number) v).longValue();
        }
        return v;
    }

    static boolean fits(SettingField f, Object v) {
        return switch (f) {
            case SettingField.IntField i -> v instanceof Long l && i.min() <= l && l <= i.max();
            case SettingField.StringField s ->
                v instanceof String t && s.minLength() <= t.length() && t.length() <= s.maxLength();
            case SettingField.ChoiceField c -> c.choices().contains(v);
            case SettingField.BooleanField b -> v instanceof Boolean;
            case SettingField.ColorField c -> v instanceof String t && isColor(t);
            case SettingField.ListField l ->
                v instanceof List<?> list
                        && l.minItems() <= list.size()
                        && list.size() <= l.maxItems()
                        && list.stream()
                                .allMatch(
                                        x -> x instanceof String s && !s.isEmpty() && s.length() <= l.maxItemLength());
        };
    }

    private static boolean isColor(String t) {
        if (t.length() != 7 || t.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            if (Character.digit(t.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- generators

    /** A pool of values of every kind, near the bounds the fields use. */
    static Arbitrary<Object> values() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-12, 12).map(Object.class::cast),
                Arbitraries.integers().between(-12, 12).map(Object.class::cast),
                Arbitraries.of(3.0, -0.5, Long.MAX_VALUE, Long.MIN_VALUE).map(Object.class::cast),
                Arbitraries.strings().withChars("ab#0F9g").ofMaxLength(8).map(Object.class::cast),
                Arbitraries.of("#a0B9fF", "#12345", "#1234567", "#gggggg", "red", "")
                        .map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.strings()
                        .withChars("ab")
                        .ofMaxLength(4)
                        .list()
                        .ofMaxSize(4)
                        .map(Object.class::cast),
                Arbitraries.of(List.of(1, 2), List.of("a", 3)).map(Object.class::cast));
    }

    @Provide
    Arbitrary<Map<String, Object>> valueMaps() {
        return Arbitraries.maps(Arbitraries.of("f0", "f1", "f2", "f3"), values())
                .ofMaxSize(4);
    }

    @Provide
    Arbitrary<SettingsSchema> schemas() {
        return fields().list().ofMaxSize(4).map(list -> {
            List<SettingField> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                named.add(list.get(i).apply("f" + i));
            }
            return new SettingsSchema(named);
        });
    }

    /** Fields waiting for a name, with random (sometimes misfit) defaults. */
    interface Unnamed {
        SettingField apply(String name);
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<Unnamed> fields() {
        Arbitrary<Boolean> required = Arbitraries.of(true, false);
        Arbitrary<@Nullable Object> dflt = values().injectNull(0.5);
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 5);
        Arbitrary<Unnamed> ints = Combinators.combine(
                        required, dflt, Arbitraries.longs().between(-10, 10), small)
                .as((r, d, min, span) ->
                        n -> new SettingField.IntField(n, "L", r, d instanceof Long l ? l : null, min, min + span));
        Arbitrary<Unnamed> strings = Combinators.combine(required, dflt, small, small)
                .as((r, d, min, span) -> n ->
                        new SettingField.StringField(n, "L", r, d instanceof String s ? s : null, min, min + span));
        Arbitrary<Unnamed> choices = Combinators.combine(
                        required,
                        dflt,
                        Arbitraries.of("a", "b", "ab", "")
                                .list()
                                .uniqueElements()
                                .ofMinSize(1)
                                .ofMaxSize(3))
                .as((r, d, c) -> n -> new SettingField.ChoiceField(n, "L", r, d instanceof String s ? s : null, c));
        Arbitrary<Unnamed> booleans = Combinators.combine(required, dflt)
                .as((r, d) -> n -> new SettingField.BooleanField(n, "L", r, d instanceof Boolean b ? b : null));
        Arbitrary<Unnamed> colors = Combinators.combine(required, dflt)
                .as((r, d) -> n -> new SettingField.ColorField(n, "L", r, d instanceof String s ? s : null));
        Arbitrary<Unnamed> lists = Combinators.combine(
                        required, dflt, small, small, Arbitraries.integers().between(1, 3))
                .as((r, d, min, span, len) -> n -> new SettingField.ListField(
                        n,
                        "L",
                        r,
                        d instanceof List<?> l && l.stream().allMatch(String.class::isInstance)
                                ? (List<String>) l
                                : null,
                        min,
                        min + span,
                        len));
        return Arbitraries.oneOf(ints, strings, choices, booleans, colors, lists);
    }
}
