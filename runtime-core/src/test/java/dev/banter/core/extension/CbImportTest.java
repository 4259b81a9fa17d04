package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.Dialect;
import dev.banter.api.extension.ExtensionKind;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.SettingField;
import dev.banter.api.extension.SettingsSchema;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CbImportTest {

    private static final String CHOICES = """
            {"settings_choices": [
              {"name": "goal", "type": "int", "minValue": 1, "maxValue": 9999, "defaultValue": 200, "label": "Goal"},
              {"name": "msg", "type": "str", "minLength": 1, "maxLength": 255, "defaultValue": "hi", "label": "Text"},
              {"name": "mode", "type": "choice", "choice1": "fast", "choice2": "slow", "defaultValue": "slow",
               "label": "Mode"},
              {"name": "note", "type": "str", "required": false, "label": "Note"},
              {"name": "n", "type": "int", "defaultValue": "12"}
            ]}
            """;

    @Test
    void settingsFromDeclarations_convertsEveryType_withItsOptions() {
        SettingsSchema schema = CbImport.settingsFromDeclarations(CHOICES);

        assertThat(schema.fields())
                .containsExactly(
                        new SettingField.IntField("goal", "Goal", true, 200L, 1, 9999),
                        new SettingField.StringField("msg", "Text", true, "hi", 1, 255),
                        new SettingField.ChoiceField("mode", "Mode", true, "slow", List.of("fast", "slow")),
                        new SettingField.StringField("note", "Note", false, null, 0, 10_000),
                        new SettingField.IntField("n", "n", true, 12L, Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertThat(schema.resolve(Map.of())).containsEntry("goal", 200L).containsEntry("mode", "slow");
    }

    @Test
    void settingsSchema_namesEveryBadEntry_withItsValue() {
        List<Object> choices = List.of(
                Map.of("name", "a", "type", "float"),
                Map.of("name", "bad-name", "type", "int"),
                Map.of("name", "c", "type", "int", "minValue", 5L, "maxValue", 1L),
                Map.of("name", "d", "type", "choice"),
                Map.of("name", "e", "type", "int", "defaultValue", "ten"),
                "oops",
                Map.of("name", "g", "type", "int", "maxValue", 3L, "defaultValue", 7L));

        assertThatThrownBy(() -> CbImport.settingsSchema(choices))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(ValidationProblem::path, ValidationProblem::value)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("settings_choices[0].type", "\"float\""),
                                        org.assertj.core.groups.Tuple.tuple("settings_choices[1].name", "\"bad-name\""),
                                        org.assertj.core.groups.Tuple.tuple("settings_choices[2].maxValue", "1"),
                                        org.assertj.core.groups.Tuple.tuple("settings_choices[3].choice1", "null"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "settings_choices[4].defaultValue", "\"ten\""),
                                        org.assertj.core.groups.Tuple.tuple("settings_choices[5]", "\"oops\"")));
    }

    @Test
    void settingsSchema_reportsADefaultOutsideItsBounds() {
        List<Object> choices = List.of(Map.of("name", "g", "type", "int", "maxValue", 3L, "defaultValue", 7L));

        assertThatThrownBy(() -> CbImport.settingsSchema(choices))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(ValidationProblem::path)
                                .containsExactly("settings_choices[0].defaultValue"));
    }

    @Test
    void settingsSchema_refusesDuplicateNames_andANonArray() {
        assertThatThrownBy(() -> CbImport.settingsSchema(
                        List.of(Map.of("name", "x", "type", "str"), Map.of("name", "x", "type", "int"))))
                .hasMessageContaining("settings_choices[1].name");
        assertThatThrownBy(() -> CbImport.settingsSchema("nope")).hasMessageContaining("an array of settings");
    }

    @Test
    void settingsFromDeclarations_withoutChoices_isEmpty() {
        assertThat(CbImport.settingsFromDeclarations("{}")).isEqualTo(SettingsSchema.EMPTY);
        assertThatThrownBy(() -> CbImport.settingsFromDeclarations("{")).isInstanceOf(ValidationException.class);
    }

    @Test
    void permissions_comeFromTheMembersTheCodeUses() {
        String code = """
                cb.onTip(function (t) { cb.sendNotice('thanks'); cb.changeRoomSubject('x'); });
                setTimeout(function () {}, 1000);
                cb.limitCam_start('show');
                cb.onMessage(function (m) { m.c = '#ff0000'; return m; });
                // cb.tipOptions in a comment does not count
                var s = 'cb.drawPanel in a string does not count';
                """;

        assertThat(CbImport.permissions(code))
                .containsExactlyInAnyOrder(Permission.NOTICE, Permission.SUBJECT, Permission.TIMERS, Permission.CUSTOM);
        assertThat(CbImport.permissions(
                        "cb.onMessage(function (m) { m.c = '#ff0000'; m.background = '#fff'; return m; });"))
                .as("a restyled message needs no permission")
                .isEmpty();
    }

    @Test
    void manifest_isACb1App_thatRoundTripsThroughJson() {
        ExtensionManifest m = CbImport.manifest(
                "tipgoal", "app.js", "cb.chatNotice('hi');", CHOICES, List.of("tip", "chat.message", "tip", "timer"));

        assertThat(m.kind()).isEqualTo(ExtensionKind.APP);
        assertThat(m.dialect()).isEqualTo(Dialect.CB_1);
        assertThat(m.main()).isEqualTo("app.js");
        assertThat(m.types()).containsExactly("chat.message", "tip"); // no timers used: no timer type
        assertThat(m.permissions()).containsExactly(Permission.NOTICE);
        assertThat(m.settings().names()).containsExactly("goal", "msg", "mode", "note", "n");
        assertThat(Manifests.parse(Manifests.toJson(m))).isEqualTo(m);
    }
}
