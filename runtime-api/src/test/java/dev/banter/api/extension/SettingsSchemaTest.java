package dev.banter.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsSchemaTest {

    private static final SettingsSchema SCHEMA = new SettingsSchema(List.of(
            new SettingField.IntField("goal", "Goal", true, 500L, 1, 1_000_000),
            new SettingField.StringField("title", "Title", false, null, 1, 20),
            new SettingField.ChoiceField("mode", "Mode", true, null, List.of("calm", "loud")),
            new SettingField.BooleanField("announce", "Announce", false, true),
            new SettingField.ColorField("accent", "Accent", false, "#00ff00"),
            new SettingField.ListField("words", "Words", false, null, 0, 3, 5)));

    @Test
    void resolve_fillsDefaults_andNormalizesIntegers() {
        Map<String, Object> resolved = SCHEMA.resolve(Map.of("mode", "loud", "goal", 42));

        assertThat(resolved)
                .containsExactly(
                        Map.entry("goal", 42L),
                        Map.entry("mode", "loud"),
                        Map.entry("announce", true),
                        Map.entry("accent", "#00ff00"));
        assertThatThrownBy(() -> resolved.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void resolve_listsEveryBadValue_atValuesName() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("goal", 0);
        values.put("title", "");
        values.put("accent", "green");
        values.put("words", List.of("toolong", "ok"));
        values.put("nope", 1);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> SCHEMA.resolve(values));

        assertThat(e.problems())
                .extracting(ValidationProblem::path, ValidationProblem::value, ValidationProblem::expected)
                .containsExactly(
                        tuple(
                                "values.nope",
                                "1",
                                "one of the declared settings [goal, title, mode, announce, accent, words]"),
                        tuple("values.goal", "0", "an integer 1..1000000"),
                        tuple("values.title", "\"\"", "a string of 1..20 chars"),
                        tuple("values.mode", "missing", "a value: the setting is required and has no default"),
                        tuple("values.accent", "\"green\"", "a colour #rrggbb"),
                        tuple("values.words", "[toolong, ok]", "a list of 0..3 strings of 1..5 chars"));
        assertThat(e).hasMessageStartingWith("settings is not valid (6 problems)");
    }

    @Test
    void resolve_refusesFractionalNumbersForInts() {
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> SCHEMA.resolve(Map.of("mode", "calm", "goal", 5.0)))
                        .problems())
                .extracting(ValidationProblem::path)
                .containsExactly("values.goal");
    }

    @Test
    void problems_reportsDefaultsThatDoNotFit_atSettingsIndexDefault() {
        SettingsSchema schema = new SettingsSchema(List.of(
                new SettingField.BooleanField("ok", "Ok", false, null),
                new SettingField.IntField("n", "N", false, 11L, 1, 10),
                new SettingField.ChoiceField("c", "C", false, "z", List.of("a", "b"))));

        assertThat(schema.problems())
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .containsExactly(tuple("settings[1].default", "11"), tuple("settings[2].default", "\"z\""));
        assertThat(SCHEMA.problems()).isEmpty();
    }

    @Test
    void constructor_refusesDuplicateNamesAndTooManyFields() {
        SettingField a = new SettingField.BooleanField("a", "A", false, null);
        assertThatThrownBy(() -> new SettingsSchema(List.of(a, a))).hasMessageContaining("'a' is declared twice");
        List<SettingField> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(new SettingField.BooleanField("f" + i, "F", false, null));
        }
        assertThatThrownBy(() -> new SettingsSchema(many)).hasMessageContaining("at most 100 settings, were 101");
    }

    @Test
    void fields_refuseBadBoundsNamingTheSetting() {
        assertThatThrownBy(() -> new SettingField.IntField("n", "N", false, null, 5, 1))
                .hasMessageContaining("'n': min 5 > max 1");
        assertThatThrownBy(() -> new SettingField.StringField("s", "S", false, null, 0, 10_001))
                .hasMessageContaining("'s'");
        assertThatThrownBy(() -> new SettingField.ChoiceField("c", "C", false, null, List.of("a", "a")))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> new SettingField.ListField("l", "L", false, null, 0, 1, 0))
                .hasMessageContaining("maxItemLength");
        assertThatThrownBy(() -> new SettingField.BooleanField("1x", "L", false, null))
                .hasMessageContaining("'1x'");
        assertThatThrownBy(() -> new SettingField.BooleanField("x", " ", false, null))
                .hasMessageContaining("label");
    }

    @Test
    void fieldLookup_andNames() {
        assertThat(SCHEMA.names()).containsExactly("goal", "title", "mode", "announce", "accent", "words");
        assertThat(SCHEMA.field("mode")).isInstanceOf(SettingField.ChoiceField.class);
        assertThat(SCHEMA.field("none")).isNull();
    }
}
