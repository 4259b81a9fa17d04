package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.extension.SettingField;
import dev.banter.api.extension.SettingsSchema;
import dev.banter.api.extension.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CbImportProperties {

    @Property(tries = 300)
    void validIntSettings_keepTheirBoundsAndDefault(
            @ForAll("names") String name, @ForAll("bounds") long[] bounds, @ForAll boolean required) {
        long min = bounds[0];
        long max = bounds[1];
        long dflt = bounds[2];
        Map<String, Object> entry = new HashMap<>(
                Map.of("name", name, "type", "int", "minValue", min, "maxValue", max, "defaultValue", dflt));
        entry.put("required", required);

        SettingsSchema schema = CbImport.settingsSchema(List.of(entry));

        assertThat(schema.fields()).containsExactly(new SettingField.IntField(name, name, required, dflt, min, max));
        assertThat(schema.resolve(Map.of())).containsEntry(name, dflt);
    }

    @Property(tries = 300)
    void choiceSettings_listTheirChoicesInOrder(
            @ForAll("names") String name, @ForAll("choiceLists") List<String> choices) {
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("name", name, "type", "choice"));
        for (int i = 0; i < choices.size(); i++) {
            entry.put("choice" + (i + 1), choices.get(i));
        }
        entry.put("defaultValue", choices.getLast());

        SettingsSchema schema = CbImport.settingsSchema(List.of(entry));

        assertThat(((SettingField.ChoiceField) schema.fields().getFirst()).choices())
                .isEqualTo(choices);
    }

    @Property(tries = 500)
    void anyInput_yieldsASchemaOrAValidationException_namingSettingsChoices(@ForAll("junk") List<Object> choices) {
        try {
            SettingsSchema schema = CbImport.settingsSchema(choices);
            assertThat(schema.fields()).hasSizeLessThanOrEqualTo(choices.size());
        } catch (ValidationException e) {
            assertThat(e.problems())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.path()).startsWith("settings_choices"));
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(1)
                .flatMap(first -> Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .numeric()
                        .withChars('_')
                        .ofMaxLength(20)
                        .map(rest -> first + rest));
    }

    @Provide
    Arbitrary<long[]> bounds() {
        return Arbitraries.longs()
                .between(-1_000_000, 1_000_000)
                .list()
                .ofSize(3)
                .map(xs -> {
                    List<Long> sorted = new ArrayList<>(xs);
                    sorted.sort(null);
                    return new long[] {sorted.get(0), sorted.get(2), sorted.get(1)};
                });
    }

    @Provide
    Arbitrary<List<String>> choiceLists() {
        return Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(12)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .uniqueElements();
    }

    @Provide
    Arbitrary<List<Object>> junk() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(6).map(s -> (Object) s),
                Arbitraries.longs().between(-5, 50).map(l -> (Object) l),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE, JsonDocument.NULL));
        Arbitrary<String> key = Arbitraries.of(
                "name",
                "type",
                "label",
                "minValue",
                "maxValue",
                "minLength",
                "maxLength",
                "defaultValue",
                "required",
                "choice1",
                "choice2",
                "choice3");
        Arbitrary<Object> typeValue = Arbitraries.of("int", "str", "choice", "bool");
        Arbitrary<Object> entry = Combinators.combine(
                        Arbitraries.maps(key, value).ofMaxSize(8), typeValue, names())
                .as((m, type, name) -> {
                    Map<String, Object> e = new HashMap<>(m);
                    e.putIfAbsent("type", type);
                    e.putIfAbsent("name", name);
                    return (Object) e;
                });
        return Arbitraries.oneOf(entry, value).list().ofMaxSize(6);
    }
}
