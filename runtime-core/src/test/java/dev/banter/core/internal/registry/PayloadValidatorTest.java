package dev.banter.core.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.message.Delivery;
import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Flow;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.message.PayloadSchema;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.CommandInvoked;
import dev.banter.api.types.MediaPurchase;
import dev.banter.api.types.SettingsChange;
import dev.banter.api.types.Tip;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadValidatorTest {

    /** A host payload whose extractor hands back whatever the test put in. */
    record Loose(Object[] raw) implements Payload {}

    private static MessageType<Loose> loose(FieldSpec... fields) {
        return MessageType.of(
                "host.loose",
                PayloadSchema.of(Loose.class, List.of(fields), Loose::new, Loose::raw),
                Flow.OBSERVE,
                Delivery.BEST_EFFORT);
    }

    private static MessageFormatException refusal(MessageType<?> type, Payload payload) {
        try {
            PayloadValidator.validate(type, payload);
        } catch (MessageFormatException e) {
            return e;
        }
        throw new AssertionError("expected a MessageFormatException");
    }

    @Test
    void validate_acceptsPayloadsWithinBounds() {
        assertThatCode(() -> {
                    PayloadValidator.validate(BuiltinTypes.TIP, new Tip(1_000_000, "n".repeat(512), true));
                    PayloadValidator.validate(BuiltinTypes.MEDIA_PURCHASE, new MediaPurchase("video", "v", 0));
                    PayloadValidator.validate(BuiltinTypes.COMMAND, new CommandInvoked("go", List.of()));
                })
                .doesNotThrowAnyException();
    }

    @Test
    void validate_namesTheFirstFieldOutOfBounds() {
        MessageFormatException e = refusal(BuiltinTypes.TIP, new Tip(5, "n".repeat(513), false));

        assertThat(e.path()).isEqualTo("payload.note");
        assertThat(e.value()).hasSize(80);
        assertThat(refusal(BuiltinTypes.MEDIA_PURCHASE, new MediaPurchase("audio", "a", 1))
                        .path())
                .isEqualTo("payload.mediaType");
        assertThat(refusal(BuiltinTypes.COMMAND, new CommandInvoked("", List.of()))
                        .path())
                .isEqualTo("payload.name");
    }

    @Test
    void validate_checksListCountAndItems() {
        List<String> tooMany = Collections.nCopies(257, "s");
        String tooLong = "x".repeat(FieldSpec.MAX_STRING + 1);

        assertThat(refusal(BuiltinTypes.SETTINGS_CHANGE, new SettingsChange("e", tooMany))
                        .value())
                .isEqualTo("257 items");
        assertThat(refusal(BuiltinTypes.SETTINGS_CHANGE, new SettingsChange("e", List.of("ok", tooLong)))
                        .path())
                .isEqualTo("payload.changed[1]");
    }

    @Test
    void validate_rejectsWrongJavaTypesAndNulls() {
        MessageType<Loose> type =
                loose(FieldSpec.integer("count", 0, 10), FieldSpec.string("name", 5), FieldSpec.stringList("tags", 3));

        assertThat(refusal(type, new Loose(new Object[] {3, "n", List.of()})).getMessage())
                .isEqualTo("payload.count: expected integer 0..10, got Integer 3");
        assertThat(refusal(type, new Loose(new Object[] {3L, null, List.of()})).getMessage())
                .isEqualTo("payload.name: expected string of 0..5 chars, got null");
        assertThat(refusal(type, new Loose(new Object[] {3L, "n", List.of(1)})).path())
                .isEqualTo("payload.tags");
        assertThat(refusal(type, new Loose(new Object[] {3L, "n"})).path()).isEqualTo("payload");
    }

    @Test
    void validate_rejectsAPayloadOfAnotherType() {
        MessageFormatException e = refusal(BuiltinTypes.TIP, new SettingsChange("e", List.of()));

        assertThat(e.getMessage()).isEqualTo("payload: expected a Tip for type tip/v1, got SettingsChange");
    }

    @Test
    void validate_acceptsDefaultsOfOptionalFieldsOutsideTheirBounds() {
        MessageType<Loose> type = loose(FieldSpec.string("nick", 3, 10).optional());

        assertThatCode(() -> PayloadValidator.validate(type, new Loose(new Object[] {""})))
                .doesNotThrowAnyException();
        assertThat(refusal(type, new Loose(new Object[] {"ab"})).path()).isEqualTo("payload.nick");
    }

    @Test
    void validate_rejectsTheSameValuesAsDecoding() {
        JsonMessageCodec codec =
                new JsonMessageCodec(DefaultMessageTypeRegistry.builder().build(), 1 << 20);

        assertThatThrownBy(() -> codec.validate(BuiltinTypes.TIP, new Tip(0, "", false)))
                .hasMessage("payload.amount: expected integer 1..1000000, got 0");
        assertThatThrownBy(() -> codec.decode("{\"id\":\"m\",\"type\":\"tip\",\"room\":\"r\",\"ts\":0,"
                        + "\"sender\":{\"name\":\"b\"},\"payload\":{\"amount\":0}}"))
                .hasMessage("payload.amount: expected integer 1..1000000, got 0");
    }
}
