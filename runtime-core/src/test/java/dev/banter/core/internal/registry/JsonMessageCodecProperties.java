package dev.banter.core.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.banter.api.message.Message;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.types.BuiltinTypes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class JsonMessageCodecProperties {

    private static final List<String> WRONG_VALUES =
            List.of("\"ten\"", "12.5", "true", "null", "{\"a\":1}", "[1]", "7");

    private final JsonMessageCodec codec =
            new JsonMessageCodec(DefaultMessageTypeRegistry.builder().build(), 16 * 1024 * 1024);

    @Provide
    Arbitrary<Message> builtinMessages() {
        return Generators.messages(BuiltinTypes.all());
    }

    @Property(tries = 600)
    void decode_roundTripsEncodedMessagesOfEveryBuiltinType(@ForAll("builtinMessages") Message message) {
        Statistics.label("type").collect(message.type().name()).coverage(coverage -> {
            for (MessageType<?> type : BuiltinTypes.all()) {
                coverage.check(type.name()).count(n -> n > 0);
            }
        });

        assertThat(codec.decode(codec.encode(message))).isEqualTo(message);
        assertThat(codec.decode(codec.encodeToString(message))).isEqualTo(message);
    }

    @Property(tries = 200)
    void encode_isCanonical(@ForAll("builtinMessages") Message message) {
        byte[] once = codec.encode(message);

        assertThat(codec.encode(codec.decode(once))).isEqualTo(once);
    }

    @Property(tries = 200)
    void validate_acceptsEveryGeneratedPayload(@ForAll("builtinMessages") Message message) {
        codec.validate(message.type(), message.payload());
        PayloadValidator.validate(message.type(), message.payload());
    }

    @Property(tries = 500)
    void decode_throwsOnlyFormatExceptionForArbitraryBytes(@ForAll byte[] bytes) {
        assertDecodesOrRefuses(() -> codec.decode(bytes));
    }

    @Property(tries = 500)
    void decode_throwsOnlyFormatExceptionForArbitraryStrings(@ForAll("anyText") String text) {
        assertDecodesOrRefuses(() -> codec.decode(text));
    }

    @Property(tries = 500)
    void decode_throwsOnlyFormatExceptionForMutatedEncodings(
            @ForAll("builtinMessages") Message message,
            @ForAll @IntRange(min = 0, max = 100_000) int position,
            @ForAll("anyText") String insert,
            @ForAll @IntRange(min = 0, max = 8) int deleted) {
        String json = codec.encodeToString(message);
        int at = position % (json.length() + 1);
        String mutated = json.substring(0, at) + insert + json.substring(Math.min(json.length(), at + deleted));

        assertDecodesOrRefuses(() -> codec.decode(mutated));
        assertDecodesOrRefuses(() -> codec.decode(mutated.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void decode_namesTheFieldMutatedToAWrongType(
            @ForAll("builtinMessages") Message message,
            @ForAll @IntRange(min = 0, max = 1000) int pathPick,
            @ForAll @IntRange(min = 0, max = 100) int valuePick) {
        String json = codec.encodeToString(message);
        List<String> paths = JsonEdits.propertyPaths(json);
        String path = paths.get(pathPick % paths.size());
        String kind = JsonEdits.kindAt(json, path);
        List<String> wrong =
                WRONG_VALUES.stream().filter(v -> !kindOf(v).equals(kind)).toList();
        String mutated = JsonEdits.replace(json, path, wrong.get(valuePick % wrong.size()));

        assertThatThrownBy(() -> codec.decode(mutated))
                .isInstanceOf(MessageFormatException.class)
                .extracting(e -> ((MessageFormatException) e).path())
                .isEqualTo(path);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings()
                        .withChars("{}[]\":,0123456789.eE-+truefalsn \\u")
                        .ofMaxLength(200),
                Generators.text(0, 200));
    }

    private static String kindOf(String rawJson) {
        return switch (rawJson.charAt(0)) {
            case '"' -> "string";
            case 't', 'f' -> "boolean";
            case '{' -> "object";
            case '[' -> "array";
            case 'n' -> "null";
            default -> "number";
        };
    }

    private static void assertDecodesOrRefuses(Runnable decode) {
        Throwable thrown = catchThrowable(decode::run);
        if (thrown != null) {
            assertThat(thrown).isExactlyInstanceOf(MessageFormatException.class);
            MessageFormatException e = (MessageFormatException) thrown;
            assertThat(e.path()).isNotBlank();
            assertThat(e.value()).hasSizeLessThanOrEqualTo(Quoting.MAX_VALUE);
        }
    }
}
