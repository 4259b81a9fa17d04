package dev.banter.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageCodec;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.core.extension.Manifests;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Random and mutated input for the event codec, the manifest reader and settings validation: each either succeeds or
 * fails with its one domain exception, naming what is wrong; never another exception.
 */
class ParserFuzzProperties {

    private final MessageCodec codec = Inputs.codec();

    @Property(tries = 300)
    void codec_roundTripsChatAndTips(
            @ForAll @StringLength(min = 1, max = 300) String body,
            @ForAll @LongRange(min = 1, max = 1_000_000) long amount,
            @ForAll @StringLength(max = 200) String note) {
        RoomId room = RoomId.of("alice");
        for (Message m : List.of(
                Message.of(BuiltinTypes.CHAT_MESSAGE, room, User.viewer("bob"), new ChatMessage(body)),
                Message.of(BuiltinTypes.TIP, room, User.viewer("bob"), new Tip(amount, note, false)))) {
            String json = codec.encodeToString(m);
            Message back = codec.decode(json);
            assertThat(back.payload()).isEqualTo(m.payload());
            assertThat(codec.encodeToString(back)).isEqualTo(json);
        }
    }

    @Property(tries = 1000)
    void codec_garbage_failsOnlyWithMessageFormatException(@ForAll byte[] garbage) {
        Inputs.decode(garbage);
    }

    @Property(tries = 1000)
    void codec_mutatedMessage_failsOnlyWithMessageFormatException(@ForAll("mutatedTips") String json) {
        Inputs.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void manifest_garbage_failsOnlyWithValidationException(@ForAll @StringLength(max = 400) String text) {
        Inputs.parseManifest(text);
    }

    @Property(tries = 1000)
    void manifest_mutated_failsOnlyWithValidationExceptionNamingPathAndValue(@ForAll("mutatedManifests") String json) {
        Inputs.parseManifest(json);
    }

    @Property(tries = 500)
    void settings_randomValues_failOnlyWithValidationExceptionAtTheirName(
            @ForAll("settingValues") Map<String, Object> values) {
        ExtensionManifest m = Manifests.parse(Inputs.MANIFEST);
        try {
            Map<String, Object> resolved = m.settings().resolve(values);
            assertThat(resolved).containsKey("goal");
        } catch (ValidationException e) {
            Inputs.checkProblems(e);
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("values."));
        }
    }

    @Provide
    Arbitrary<String> mutatedTips() {
        return mutations(Inputs.TIP);
    }

    @Provide
    Arbitrary<String> mutatedManifests() {
        return mutations(Inputs.MANIFEST);
    }

    @Provide
    Arbitrary<Map<String, Object>> settingValues() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.strings().ofMaxLength(30).map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.strings().ofMaxLength(5).list().ofMaxSize(3).map(Object.class::cast));
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.of("goal", "color"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        return Arbitraries.maps(name, value).ofMaxSize(4);
    }

    /** Up to four edits of {@code seed}: a character replaced, inserted or removed, or a span cut or doubled. */
    private static Arbitrary<String> mutations(String seed) {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, seed.length()),
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.oneOf(
                                Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', '0', '-', 'e', ' ', '\u0000'),
                                Arbitraries.chars()))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            String s = seed;
            for (Edit e : edits) {
                s = e.apply(s);
            }
            return s;
        });
    }

    private record Edit(int kind, int at, int span, char c) {
        String apply(String s) {
            int i = Math.min(at, s.length());
            int j = Math.min(s.length(), i + span);
            return switch (kind) {
                case 0 -> i < s.length() ? s.substring(0, i) + c + s.substring(i + 1) : s + c;
                case 1 -> s.substring(0, i) + c + s.substring(i);
                case 2 -> i < s.length() ? s.substring(0, i) + s.substring(i + 1) : s;
                case 3 -> s.substring(0, i) + s.substring(j);
                default -> s.substring(0, j) + s.substring(i, j) + s.substring(j);
            };
        }
    }

    @Property(tries = 50)
    void edit_keepsWithinTheSeed(@ForAll @IntRange(min = 0, max = 4) int kind, @ForAll @IntRange(max = 500) int at) {
        assertThat(new Edit(kind, at, 3, 'x').apply("abc")).isNotNull();
    }
}
