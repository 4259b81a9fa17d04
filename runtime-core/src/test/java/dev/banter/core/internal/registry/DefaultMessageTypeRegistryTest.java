package dev.banter.core.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.banter.api.message.Delivery;
import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Flow;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.message.PayloadSchema;
import dev.banter.api.types.BuiltinTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultMessageTypeRegistryTest {

    record Wave(String emoji) implements Payload {}

    private static final MessageType<Wave> WAVE = MessageType.of(
            "host.wave",
            PayloadSchema.of(
                    Wave.class,
                    List.of(FieldSpec.oneOf("emoji", "hand", "flag").optional()),
                    v -> new Wave((String) v[0]),
                    w -> new Object[] {w.emoji()}),
            Flow.OBSERVE,
            Delivery.BEST_EFFORT);

    @Test
    void builder_startsWithEveryBuiltinType() {
        DefaultMessageTypeRegistry registry =
                DefaultMessageTypeRegistry.builder().build();

        assertThat(registry.types()).containsExactlyInAnyOrderElementsOf(BuiltinTypes.all());
        assertThat(registry.types()).hasSize(21);
        assertThat(registry.find("tip")).containsSame(BuiltinTypes.TIP);
    }

    @Test
    void types_areOrderedByName() {
        DefaultMessageTypeRegistry registry =
                DefaultMessageTypeRegistry.builder().register(WAVE).build();

        assertThat(registry.types()).extracting(MessageType::name).isSorted().contains("host.wave");
    }

    @Test
    void register_rejectsADuplicateName() {
        DefaultMessageTypeRegistry.Builder builder = DefaultMessageTypeRegistry.builder();
        MessageType<?> tipV2 = new MessageType<>(
                "tip", 2, BuiltinTypes.TIP.schema(), Flow.OBSERVE, Delivery.CRITICAL, BuiltinTypes.TIP.coalescing());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.register(tipV2))
                .withMessage("message type 'tip' is already registered (as tip/v1); cannot register tip/v2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.register(WAVE).register(WAVE))
                .withMessageContaining("'host.wave'");
    }

    @Test
    void build_takesASnapshot() {
        DefaultMessageTypeRegistry.Builder builder = DefaultMessageTypeRegistry.builder();
        DefaultMessageTypeRegistry before = builder.build();

        builder.register(WAVE);

        assertThat(before.find("host.wave")).isEmpty();
        assertThat(builder.build().find("host.wave")).containsSame(WAVE);
        assertThat(before.types()).isUnmodifiable();
    }

    @Test
    void require_namesTheTypeAndListsKnownOnes() {
        DefaultMessageTypeRegistry registry =
                DefaultMessageTypeRegistry.builder().build();

        assertThat(registry.require("chat.message")).isSameAs(BuiltinTypes.CHAT_MESSAGE);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.require("chat.msg"))
                .withMessageStartingWith("unknown message type 'chat.msg'; known: broadcast.start, broadcast.stop,")
                .withMessageEndingWith("user.leave, user.unfollow");
        assertThat(registry.find("chat.msg")).isEmpty();
    }

    @Test
    void jsonSchema_describesTheWholeMessage() {
        String schema = DefaultMessageTypeRegistry.builder().build().jsonSchema("tip");

        assertThat(schema)
                .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                .contains("\"required\": [ \"id\", \"type\", \"room\", \"ts\", \"sender\", \"payload\" ]")
                .contains("\"enum\": [ \"tip\", \"tip/v1\" ]")
                .contains("\"enum\": [ \"owner\", \"moderator\", \"fan\", \"has-tokens\" ]")
                .contains("\"enum\": [ \"none\", \"tipped\", \"tipped-a-lot\", \"tipped-tons\" ]")
                .contains("\"required\": [ \"amount\" ]")
                .contains("\"minimum\": 1,\n          \"maximum\": 1000000")
                .contains("\"maxLength\": 512,\n          \"default\": \"\"");
        assertThat(schema.split("\"additionalProperties\": false", -1)).hasSize(4);
    }

    @Test
    void jsonSchema_coversEveryFieldShape() {
        DefaultMessageTypeRegistry registry =
                DefaultMessageTypeRegistry.builder().register(WAVE).build();

        assertThat(registry.jsonSchema("settings.change"))
                .contains("\"type\": \"array\",\n          \"minItems\": 0,\n          \"maxItems\": 256")
                .contains("\"maxLength\": 65536");
        assertThat(registry.jsonSchema("host.wave"))
                .contains("\"enum\": [ \"hand\", \"flag\" ],\n          \"default\": \"hand\"")
                .doesNotContain("\"required\": [ ]");
        assertThat(registry.jsonSchema("user.enter")).contains("\"properties\": { }");
    }

    @Test
    void jsonSchema_isCachedAndRejectsUnknownTypes() {
        DefaultMessageTypeRegistry registry =
                DefaultMessageTypeRegistry.builder().build();

        assertThat(registry.jsonSchema("timer")).isSameAs(registry.jsonSchema("timer"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.jsonSchema("nope"))
                .withMessageContaining("'nope'");
    }
}
