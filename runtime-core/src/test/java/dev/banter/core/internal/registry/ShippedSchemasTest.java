package dev.banter.core.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.message.MessageType;
import dev.banter.api.types.BuiltinTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Keeps the JSON Schemas shipped in {@code src/main/resources/dev/banter/core/schemas} equal to what the registry
 * generates.
 *
 * <p>After changing a built-in type or the schema generator, regenerate the files from the module directory with
 * {@code ../mvnw -B -pl runtime-core test -Dtest=ShippedSchemasTest -Dbanter.regenerateSchemas=true} (or from the
 * project root with {@code ./mvnw -B -pl runtime-core test -Dtest=ShippedSchemasTest
 * -Dbanter.regenerateSchemas=true}), then review and commit the changed files.
 */
class ShippedSchemasTest {

    private static final String RESOURCE_DIR = "dev/banter/core/schemas/";
    private static final DefaultMessageTypeRegistry REGISTRY =
            DefaultMessageTypeRegistry.builder().build();

    static Stream<String> builtinNames() {
        return BuiltinTypes.all().stream().map(MessageType::name);
    }

    @ParameterizedTest
    @MethodSource("builtinNames")
    void shippedSchema_equalsGeneratedSchema(String name) throws IOException {
        String generated = REGISTRY.jsonSchema(name);
        if (Boolean.getBoolean("banter.regenerateSchemas")) {
            Path file = Path.of("src/main/resources", RESOURCE_DIR, name + ".schema.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }

        assertThat(shipped(name))
                .as("shipped schema of %s; see the class comment to regenerate", name)
                .isEqualTo(generated);
    }

    @ParameterizedTest
    @MethodSource("builtinNames")
    void shippedSchema_isOneJsonObject(String name) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), shipped(name))) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            p.skipChildren();
            assertThat(p.nextToken()).isNull();
        }
    }

    @Test
    void shippedSchemas_areExactlyTheBuiltinTypes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", RESOURCE_DIR))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(
                            builtinNames().map(name -> name + ".schema.json").toList());
        }
    }

    private String shipped(String name) throws IOException {
        // Read from the source tree when regenerating, so the comparison sees the file just written.
        if (Boolean.getBoolean("banter.regenerateSchemas")) {
            return Files.readString(Path.of("src/main/resources", RESOURCE_DIR, name + ".schema.json"));
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE_DIR + name + ".schema.json")) {
            assertThat(in).as("resource %s%s.schema.json", RESOURCE_DIR, name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
