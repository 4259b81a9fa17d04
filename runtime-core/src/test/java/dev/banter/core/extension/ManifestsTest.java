package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.Dialect;
import dev.banter.api.extension.ExtensionKind;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.SettingField;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.api.extension.Version;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTest {

    static final String DICE = """
            {
              "id": "dice",
              "name": "Dice",
              "version": "1.0.0",
              "kind": "bot",
              "api": "banter/1",
              "main": "dice.js",
              "types": ["chat.message"],
              "commands": ["roll"],
              "permissions": ["notice", "kv"],
              "settings": [{"name": "sides", "type": "int", "label": "Sides", "default": 6, "min": 2, "max": 100}],
              "limits": {"deadline": 50},
              "description": "Rolls dice."
            }""";

    /** The problems of a manifest text that must not parse. */
    static List<ValidationProblem> problems(String json) {
        return catchThrowableOfType(ValidationException.class, () -> Manifests.parse(json))
                .problems();
    }

    /** DICE with one top-level entry replaced (or added): {@code "key": value}. */
    static String dice(String key, String value) {
        String replaced = DICE.replaceFirst("\"" + key + "\": [^\\n]*?(,?)\\n", "\"" + key + "\": " + value + "$1\n");
        return replaced.equals(DICE) ? DICE.replaceFirst("\\{", "{\"" + key + "\": " + value + ",") : replaced;
    }

    @Test
    void parse_readsEveryPart() {
        ExtensionManifest m = Manifests.parse(DICE);

        assertThat(m.id()).isEqualTo("dice");
        assertThat(m.version()).isEqualTo(Version.of(1, 0, 0));
        assertThat(m.kind()).isEqualTo(ExtensionKind.BOT);
        assertThat(m.dialect()).isEqualTo(Dialect.BANTER_1);
        assertThat(m.main()).isEqualTo("dice.js");
        assertThat(m.handlers()).isEmpty();
        assertThat(m.types()).containsExactly("chat.message");
        assertThat(m.commands()).containsExactly("roll");
        assertThat(m.permissions()).containsExactlyInAnyOrder(Permission.NOTICE, Permission.KV);
        assertThat(m.settings().fields())
                .containsExactly(new SettingField.IntField("sides", "Sides", false, 6L, 2, 100));
        assertThat(m.limits()).isEqualTo(Map.of(LimitKind.DEADLINE, 50L));
        assertThat(m.description()).isEqualTo("Rolls dice.");
    }

    @Test
    void parse_minimal_defaultsTheOptionalParts() {
        ExtensionManifest m = Manifests.parse(
                "{\"id\":\"x\",\"name\":\"X\",\"version\":\"0.1.0\",\"kind\":\"app\",\"api\":\"cb/1\",\"main\":\"a.js\"}");

        assertThat(m.shared()).isEmpty();
        assertThat(m.permissions()).isEmpty();
        assertThat(m.settings().fields()).isEmpty();
        assertThat(m.limits()).isEmpty();
        assertThat(m.description()).isEmpty();
    }

    @Test
    void parse_badVersion_namesFieldAndValue() {
        assertThat(problems(dice("version", "\"1.0\""))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("version");
            assertThat(p.value()).isEqualTo("\"1.0\"");
            assertThat(p.expected()).contains("semantic version");
        });
    }

    @Test
    void parse_unknownPermission_namesItsIndex() {
        assertThat(problems(dice("permissions", "[\"notice\", \"kv\", \"root\"]")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("permissions[2]");
                    assertThat(p.value()).isEqualTo("\"root\"");
                    assertThat(p.expected()).contains("\"moderation.ban\"", "\"kv\"");
                });
    }

    @Test
    void parse_minAboveMax_isAProblemAtMax() {
        assertThat(problems(dice(
                        "settings",
                        "[{\"name\": \"n\", \"type\": \"int\", \"label\": \"N\", \"min\": 9, \"max\": 3}]")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("settings[0].max");
                    assertThat(p.value()).isEqualTo("3");
                    assertThat(p.expected()).contains("min (9)");
                });
    }

    @Test
    void parse_defaultOutsideItsField_isAProblemAtDefault() {
        List<ValidationProblem> problems = problems(dice(
                "settings",
                "[{\"name\": \"n\", \"type\": \"int\", \"label\": \"N\", \"min\": 1, \"max\": 10, \"default\": 11},"
                        + " {\"name\": \"c\", \"type\": \"choice\", \"label\": \"C\", \"choices\": [\"a\"], \"default\": \"b\"},"
                        + " {\"name\": \"s\", \"type\": \"string\", \"label\": \"S\", \"maxLength\": 2, \"default\": \"abc\"},"
                        + " {\"name\": \"l\", \"type\": \"list\", \"label\": \"L\", \"default\": [\"\"]}]"));

        assertThat(problems)
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("settings[0].default", "11"),
                        org.assertj.core.groups.Tuple.tuple("settings[1].default", "\"b\""),
                        org.assertj.core.groups.Tuple.tuple("settings[2].default", "\"abc\""),
                        org.assertj.core.groups.Tuple.tuple("settings[3].default", "[\"\"]"));
        assertThat(problems.get(0).expected()).isEqualTo("an integer 1..10");
    }

    @Test
    void parse_settingProblems_namesEachField() {
        List<ValidationProblem> problems = problems(dice(
                "settings",
                "[{\"name\": \"a\", \"type\": \"string\", \"label\": \"\", \"minLength\": -1, \"extra\": 1},"
                        + " {\"name\": \"a\", \"type\": \"boolean\", \"label\": \"A\", \"required\": \"yes\"},"
                        + " {\"name\": \"b\", \"type\": \"boolean\", \"label\": \"B\"},"
                        + " {\"name\": \"b\", \"type\": \"color\", \"label\": \"B\"}, 7]"));

        assertThat(problems)
                .extracting(ValidationProblem::path)
                .containsExactly(
                        "settings[0].extra",
                        "settings[0].label",
                        "settings[0].minLength",
                        "settings[1].required",
                        "settings[3].name",
                        "settings[4]");
    }

    @Test
    void parse_badLimits_nameTheLimit() {
        List<ValidationProblem> problems = problems(dice("limits", "{\"deadline\": 0, \"cpu\": 5, \"heap\": 1.5}"));

        assertThat(problems)
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("limits.deadline", "0"),
                        org.assertj.core.groups.Tuple.tuple("limits.cpu", "\"cpu\""),
                        org.assertj.core.groups.Tuple.tuple("limits.heap", "1.5"));
        assertThat(problems.get(0).expected()).isEqualTo("a positive integer (ms)");
        assertThat(problems.get(1).expected()).contains("deadline", "timer-interval");
    }

    @Test
    void parse_unknownTopLevelKey_isAProblem() {
        assertThat(problems(dice("permisions", "[\"kv\"]"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("permisions");
            assertThat(p.expected()).contains("permissions");
        });
    }

    @Test
    void parse_wrongJsonTypes_areProblemsNamingEachField() {
        String json = "{\"id\": 7, \"name\": [], \"version\": 1, \"kind\": null, \"api\": true, \"main\": {},"
                + " \"shared\": \"a.js\", \"types\": [1], \"settings\": {}, \"limits\": [], \"description\": 5}";

        assertThat(problems(json))
                .extracting(ValidationProblem::path)
                .containsExactly(
                        "id",
                        "name",
                        "version",
                        "kind",
                        "api",
                        "main",
                        "shared",
                        "types[0]",
                        "settings",
                        "limits",
                        "description");
    }

    @Test
    void parse_everyProblem_isListed_notOnlyTheFirst() {
        String json = "{\"id\": \"Bad\", \"name\": \"\", \"version\": \"x\", \"kind\": \"plugin\", \"api\": \"cb/9\"}";

        assertThat(problems(json))
                .extracting(ValidationProblem::path)
                .containsExactly("id", "name", "version", "kind", "api", "main");
    }

    @Test
    void parse_missingRequiredKeys_areProblemsWithValueMissing() {
        assertThat(problems("{}"))
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("id", "missing"),
                        org.assertj.core.groups.Tuple.tuple("version", "missing"),
                        org.assertj.core.groups.Tuple.tuple("main", "missing"));
    }

    @Test
    void parse_duplicateKeys_areProblemsAtTheKey() {
        String json = DICE.replace("\"kind\": \"bot\",", "\"kind\": \"bot\", \"kind\": \"app\",")
                .replace("\"deadline\": 50", "\"deadline\": 50, \"deadline\": 60");

        assertThat(problems(json))
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kind", "\"app\""),
                        org.assertj.core.groups.Tuple.tuple("limits.deadline", "60"));
    }

    @Test
    void parse_trailingContent_isAProblemAtTheDocument() {
        assertThat(problems(DICE + " {}")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.value()).isEqualTo("\"{}\"");
            assertThat(p.expected()).isEqualTo("nothing after the top-level value");
        });
        assertThat(problems(DICE + " garbage"))
                .extracting(ValidationProblem::path)
                .containsExactly("$");
    }

    @Test
    void parse_notJson_isOneProblem_neverAnotherException() {
        for (String text : List.of("", "   ", "not json", "{\"id\": ", "{'id': 'x'}", "[1, 2", "{\"a\" 1}", "\u0000")) {
            assertThat(problems(text))
                    .as(text)
                    .singleElement()
                    .satisfies(p -> assertThat(p.path()).isNotBlank());
        }
        assertThat(problems("{\"id\": \"dice\", \"name\": tru}"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("name");
                    assertThat(p.expected()).startsWith("well-formed JSON").contains("line 1");
                });
    }

    @Test
    void parse_topLevelArray_isAProblem() {
        assertThat(problems("[" + DICE + "]")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.expected()).isEqualTo("a JSON object");
        });
    }

    @Test
    void parse_mainAndHandlers_areExclusive_andHandlersAreForCb2() {
        assertThat(problems(dice("handlers", "{\"onTip\": \"tip.js\"}")))
                .extracting(ValidationProblem::path)
                .containsExactly("main");
        String handlersOnly = DICE.replace("\"main\": \"dice.js\",", "\"handlers\": {\"onTip\": \"tip.js\"},");
        assertThat(problems(handlersOnly)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("handlers");
            assertThat(p.expected()).contains("cb/2");
        });
        ExtensionManifest cb2 = Manifests.parse(handlersOnly.replace("banter/1", "cb/2"));
        assertThat(cb2.handlers()).isEqualTo(Map.of("onTip", "tip.js"));
    }

    @Test
    void parse_filePaths_mayNotLeaveTheDirectory() {
        for (String bad : List.of("../x.js", "a/../../x.js", "/abs.js", "a//b.js", "./x.js", "a\\\\b.js", "")) {
            assertThat(problems(dice("main", "\"" + bad + "\"")))
                    .as(bad)
                    .extracting(ValidationProblem::path)
                    .containsExactly("main");
        }
        assertThat(Manifests.parse(dice("main", "\"src/dice.v2.js\"")).main()).isEqualTo("src/dice.v2.js");
    }

    @Test
    void parse_oddKeys_areQuotedInThePath() {
        assertThat(problems(dice("a.b c", "1")))
                .extracting(ValidationProblem::path)
                .containsExactly("$[\"a.b c\"]");
    }

    @Test
    void parse_hugeDocument_isRefusedUpFront() {
        String huge = "{\"description\": \"" + "x".repeat(JsonDocument.MAX_CHARS) + "\"}";

        assertThat(problems(huge))
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$"));
    }

    @Test
    void toJson_isCanonical_andRoundTrips() {
        ExtensionManifest m = Manifests.parse(DICE);
        String json = Manifests.toJson(m);

        assertThat(Manifests.parse(json)).isEqualTo(m);
        assertThat(Manifests.toJson(Manifests.parse(json))).isEqualTo(json);
        List<String> keys = ManifestReader.KEYS.stream()
                .filter(k -> !k.equals("handlers"))
                .map(k -> "\n  \"" + k + "\": ")
                .toList();
        assertThat(json).containsSubsequence(keys);
        assertThat(json).containsSubsequence("\"permissions\": [ \"notice\", \"kv\" ]", "\"min\": 2");
    }

    @Test
    void checkLimits_reportsEveryRequestBeyondTheMaxima_floorAware() {
        ExtensionManifest m = Manifests.parse(
                dice("limits", "{\"deadline\": 500, \"timer-interval\": 10, \"heap\": 1024, \"timer-count\": 99}"));
        SandboxLimits maxima = SandboxLimits.defaults();

        List<ValidationProblem> problems = Manifests.checkLimits(m, maxima);

        assertThat(problems)
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("limits.deadline", "500"),
                        org.assertj.core.groups.Tuple.tuple("limits.timer-count", "99"),
                        org.assertj.core.groups.Tuple.tuple("limits.timer-interval", "10"));
        assertThat(problems.get(0).expected()).isEqualTo("at most 20 ms (the platform maximum)");
        assertThat(problems.get(2).expected()).isEqualTo("at least 1000 ms (the platform minimum)");
        assertThat(Manifests.checkLimits(Manifests.parse(DICE), maxima.with(LimitKind.DEADLINE, 50)))
                .isEmpty();
    }

    @Test
    void effectiveLimits_areDefaultsWithinMaxima_overriddenByTheRequests() {
        ExtensionManifest m = Manifests.parse(dice("limits", "{\"deadline\": 40, \"timer-interval\": 5000}"));
        SandboxLimits maxima = SandboxLimits.defaults()
                .with(LimitKind.DEADLINE, 100)
                .with(LimitKind.NOTICE_RATE, 60)
                .with(LimitKind.TIMER_INTERVAL, 2000);

        SandboxLimits limits = Manifests.effectiveLimits(m, maxima);

        assertThat(limits.get(LimitKind.DEADLINE)).isEqualTo(40);
        assertThat(limits.get(LimitKind.TIMER_INTERVAL)).isEqualTo(5000);
        assertThat(limits.get(LimitKind.NOTICE_RATE)).isEqualTo(60); // the default 120 is above the maximum
        assertThat(limits.get(LimitKind.STATEMENTS))
                .isEqualTo(SandboxLimits.defaults().get(LimitKind.STATEMENTS));
        assertThat(limits.checkWithin(maxima)).isSameAs(limits);
        assertThatThrownBy(() -> Manifests.effectiveLimits(m, SandboxLimits.defaults()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("limits.deadline")
                .hasMessageContaining("dice@1.0.0");
    }

    @Test
    void read_readsTheManifestAndChecksTheFilesItNames(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("banter.json"), DICE);
        Files.writeString(dir.resolve("dice.js"), "banter.command('roll', () => {});");

        assertThat(Manifests.read(dir)).isEqualTo(Manifests.parse(DICE));
        assertThat(Manifests.readSources(dir, Manifests.read(dir)))
                .containsExactly(Map.entry("dice.js", "banter.command('roll', () => {});"));
    }

    @Test
    void read_missingOrDirectoryFiles_areProblemsAtTheKeyNamingThem(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("banter.json"),
                DICE.replace("\"main\": \"dice.js\",", "\"main\": \"dice.js\", \"shared\": [\"lib\", \"a.js\"],"));
        Files.createDirectory(dir.resolve("lib"));

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Manifests.read(dir));

        assertThat(e.problems())
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("main", "\"dice.js\""),
                        org.assertj.core.groups.Tuple.tuple("shared[0]", "\"lib\""),
                        org.assertj.core.groups.Tuple.tuple("shared[1]", "\"a.js\""));
        assertThat(e.problems().get(1).expected()).contains("not a directory");
    }

    @Test
    void read_linkOutOfTheDirectory_isAProblem(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("ext"));
        Path outside = Files.writeString(tmp.resolve("secret.js"), "x");
        Files.writeString(dir.resolve("banter.json"), DICE);
        Files.createSymbolicLink(dir.resolve("dice.js"), outside);

        assertThat(catchThrowableOfType(ValidationException.class, () -> Manifests.read(dir))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("main");
                    assertThat(p.expected()).contains("not a link out of it");
                });
    }

    @Test
    void read_noManifest_orNotUtf8_isAProblemAtBanterJson(@TempDir Path dir) throws IOException {
        assertThat(catchThrowableOfType(ValidationException.class, () -> Manifests.read(dir))
                        .problems())
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("banter.json", "missing"));

        byte[] latin1 = DICE.replace("Rolls dice.", "Würfel").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("banter.json"), latin1);
        assertThat(catchThrowableOfType(ValidationException.class, () -> Manifests.read(dir))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("banter.json");
                    assertThat(p.expected()).isEqualTo("UTF-8 text");
                });
    }

    @Test
    void read_manifestProblems_areReportedLikeParse(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("banter.json"), dice("version", "\"one\""));

        assertThatThrownBy(() -> Manifests.read(dir))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(dir.resolve("banter.json").toString())
                .hasMessageContaining("version: expected a semantic version");
    }

    @Test
    void schema_isTheShippedResource() {
        assertThat(Manifests.schema()).contains("\"$schema\"", "draft/2020-12");
    }

    @Test
    void manifestWithKvPermission_keysAreTheApiKeys() {
        assertThat(Manifests.parse(dice("permissions", "[\"kv\", \"timers\", \"moderation.ban\"]"))
                        .permissions())
                .isEqualTo(Set.of(Permission.KV, Permission.TIMERS, Permission.MODERATION_BAN));
    }
}
