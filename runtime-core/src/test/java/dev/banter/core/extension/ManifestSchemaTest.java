package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.banter.api.action.Permission;
import dev.banter.api.extension.Dialect;
import dev.banter.api.extension.ExtensionKind;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.sandbox.LimitKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema agrees with the reader on valid and invalid manifests, and names what the API names. */
class ManifestSchemaTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Manifests.schema());

    static Stream<Path> valid() throws IOException, URISyntaxException {
        return files("valid");
    }

    static Stream<Path> invalid() throws IOException, URISyntaxException {
        return files("invalid");
    }

    private static Stream<Path> files(String dir) throws IOException, URISyntaxException {
        Path root =
                Path.of(ManifestSchemaTest.class.getResource("manifests/" + dir).toURI());
        try (Stream<Path> files = Files.list(root)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validManifest_isAcceptedByReaderAndSchema(Path file) throws IOException {
        String json = Files.readString(file);

        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
        Manifests.parse(json);
    }

    @ParameterizedTest
    @MethodSource("valid")
    void canonicalForm_ofValidManifest_isAcceptedBySchema(Path file) throws IOException {
        String canonical = Manifests.toJson(Manifests.parse(Files.readString(file)));

        assertThat(SCHEMA.validate(canonical, InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidManifest_isRefusedByReaderAndSchema_atTheSamePath(Path file) throws IOException {
        JsonNode doc = JSON.readTree(Files.readString(file));
        String path = doc.get("path").asString();
        String manifest = JSON.writeValueAsString(doc.get("manifest"));

        List<Error> errors = SCHEMA.validate(manifest, InputFormat.JSON);
        assertThat(errors).as("schema errors for %s", file.getFileName()).isNotEmpty();
        assertThatThrownBy(() -> Manifests.parse(manifest))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(p -> p.path())
                        .contains(path));
    }

    @Test
    void readerOnlyRules_areStatedInTheSchemaComment() {
        // JSON Schema cannot compare two values of a document: these are the reader's alone, and the schema says so
        String minAboveMax = """
                {"id": "x", "name": "X", "version": "1.0.0", "kind": "bot", "api": "banter/1", "main": "m.js",
                 "settings": [{"name": "a", "type": "int", "label": "A", "min": 5, "max": 1, "default": 9}]}""";

        assertThat(SCHEMA.validate(minAboveMax, InputFormat.JSON)).isEmpty();
        assertThatThrownBy(() -> Manifests.parse(minAboveMax)).isInstanceOf(ValidationException.class);
        assertThat(JSON.readTree(Manifests.schema()).get("$comment").asString())
                .contains("min <= max", "a default that fits", "distinct setting names");
    }

    @Test
    void schema_namesEveryManifestKeyAndEveryKeyOfTheApiEnums() {
        JsonNode schema = JSON.readTree(Manifests.schema());
        JsonNode properties = schema.get("properties");

        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(names(properties)).containsExactlyElementsOf(ManifestReader.KEYS);
        assertThat(strings(properties.get("permissions").get("items").get("enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(Permission.values()).map(Permission::key).toList());
        assertThat(strings(properties.get("api").get("enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(Dialect.values()).map(Dialect::key).toList());
        assertThat(strings(properties.get("kind").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(ExtensionKind.values())
                        .map(ExtensionKind::key)
                        .toList());
        assertThat(names(properties.get("limits").get("properties")))
                .containsExactlyElementsOf(
                        Arrays.stream(LimitKind.values()).map(LimitKind::key).toList());
        assertThat(strings(schema.get("$defs")
                        .get("setting")
                        .get("properties")
                        .get("type")
                        .get("enum")))
                .containsExactlyElementsOf(SettingsReader.TYPES);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
