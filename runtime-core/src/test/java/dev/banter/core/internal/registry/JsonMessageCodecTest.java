package dev.banter.core.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.message.Delivery;
import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Flow;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.message.PayloadSchema;
import dev.banter.api.room.Gender;
import dev.banter.api.room.Role;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.TipperTier;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.CommandInvoked;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class JsonMessageCodecTest {

    private static final String SENDER =
            "{\"name\":\"bob\",\"roles\":[\"has-tokens\"],\"tipper\":\"tipped\",\"gender\":\"m\"}";

    private final JsonMessageCodec codec =
            new JsonMessageCodec(DefaultMessageTypeRegistry.builder().build(), 4096);

    private static String tip(String payload) {
        return "{\"id\":\"m-1\",\"type\":\"tip\",\"room\":\"alice\",\"ts\":1767225600000,\"sender\":" + SENDER
                + ",\"payload\":" + payload + "}";
    }

    private static String tipWith(String property, String value) {
        return tip("{\"amount\":25}")
                .replaceFirst("\"" + property + "\":[^,]*,", "\"" + property + "\":" + value + ",");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String json, String path) {
        return assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(MessageFormatException.class)
                .satisfies(e -> assertThat(((MessageFormatException) e).path()).isEqualTo(path));
    }

    private static MessageFormatException refusal(Runnable decode) {
        try {
            decode.run();
        } catch (MessageFormatException e) {
            return e;
        }
        throw new AssertionError("expected a MessageFormatException");
    }

    @Test
    void decode_readsTheDocumentedWireForm() {
        Message message = codec.decode(tip("{\"amount\":25,\"note\":\"hi\",\"anonymous\":false}"));

        assertThat(message.id()).isEqualTo("m-1");
        assertThat(message.type()).isEqualTo(BuiltinTypes.TIP);
        assertThat(message.room()).isEqualTo(RoomId.of("alice"));
        assertThat(message.timestamp()).isEqualTo(Instant.ofEpochMilli(1767225600000L));
        assertThat(message.sender())
                .isEqualTo(new User("bob", Set.of(Role.HAS_TOKENS), TipperTier.TIPPED, Gender.MALE));
        assertThat(message.payload()).isEqualTo(new Tip(25, "hi", false));
    }

    @Test
    void decode_defaultsAbsentOptionalFieldsAndSenderProperties() {
        Message message = codec.decode("{\"id\":\"m\",\"type\":\"tip\",\"room\":\"r\",\"ts\":0,"
                + "\"sender\":{\"name\":\"bob\"},\"payload\":{\"amount\":1}}");

        assertThat(message.payload()).isEqualTo(new Tip(1, "", false));
        assertThat(message.sender()).isEqualTo(User.viewer("bob"));
    }

    @Test
    void decode_acceptsPropertiesInAnyOrder() {
        Message message = codec.decode("{\"payload\":{\"body\":\"hi\"},\"sender\":{\"gender\":\"f\",\"name\":\"eve\"},"
                + "\"ts\":5,\"room\":\"r\",\"type\":\"chat.message\",\"id\":\"x\"}");

        assertThat(message.payload()).isEqualTo(new ChatMessage("hi"));
        assertThat(message.sender().gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void decode_acceptsTheRegisteredVersion() {
        assertThat(codec.decode(tip("{\"amount\":3}").replace("\"tip\"", "\"tip/v1\""))
                        .type())
                .isEqualTo(BuiltinTypes.TIP);
    }

    @Test
    void decode_rejectsVersionMismatch() {
        assertRefused(tip("{\"amount\":3}").replace("\"tip\"", "\"tip/v2\""), "type")
                .hasMessageContaining("\"tip/v2\"")
                .hasMessageContaining("'tip/v1'");
        assertRefused(tip("{\"amount\":3}").replace("\"tip\"", "\"tip/x\""), "type");
    }

    @Test
    void decode_rejectsUnknownTypeListingKnownNames() {
        MessageFormatException e =
                refusal(() -> codec.decode(tip("{\"amount\":3}").replace("\"tip\"", "\"gift.card\"")));

        assertThat(e.path()).isEqualTo("type");
        assertThat(e.value()).isEqualTo("\"gift.card\"");
        assertThat(e.getMessage()).contains("chat.message", "tip.menu.open", "user.unfollow");
    }

    @Test
    void decode_rejectsWrongTypedField() {
        MessageFormatException e = refusal(() -> codec.decode(tip("{\"amount\":\"ten\"}")));

        assertThat(e.path()).isEqualTo("payload.amount");
        assertThat(e.value()).isEqualTo("\"ten\"");
        assertThat(e.getMessage()).isEqualTo("payload.amount: expected integer 1..1000000, got \"ten\"");
    }

    @Test
    void decode_rejectsFloatsAndOverflowForIntegers() {
        assertRefused(tip("{\"amount\":2.0}"), "payload.amount");
        assertRefused(tip("{\"amount\":1e3}"), "payload.amount");
        assertRefused(tip("{\"amount\":99999999999999999999999}"), "payload.amount");
        assertRefused(tipWith("ts", "1.5"), "ts");
        assertRefused(tipWith("ts", "99999999999999999999"), "ts");
    }

    @Test
    void decode_rejectsOutOfRangeAmount() {
        assertRefused(tip("{\"amount\":0}"), "payload.amount").hasMessageContaining("got 0");
        assertRefused(tip("{\"amount\":1000001}"), "payload.amount");
        assertThat(codec.decode(tip("{\"amount\":1000000}")).payload()).isEqualTo(new Tip(1_000_000, "", false));
    }

    @Test
    void decode_rejectsStringsOutsideTheirLength() {
        assertRefused(tip("{\"amount\":1,\"note\":\"" + "n".repeat(513) + "\"}"), "payload.note")
                .hasMessageContaining("expected string of 0..512 chars");
        assertRefused(
                "{\"id\":\"m\",\"type\":\"chat.message\",\"room\":\"r\",\"ts\":0,\"sender\":{\"name\":\"b\"},"
                        + "\"payload\":{\"body\":\"\"}}",
                "payload.body");
    }

    @Test
    void decode_rejectsValuesNotInTheEnum() {
        String json = "{\"id\":\"m\",\"type\":\"room.status\",\"room\":\"r\",\"ts\":0,\"sender\":{\"name\":\"b\"},"
                + "\"payload\":{\"status\":\"Public\"}}";

        assertRefused(json, "payload.status").hasMessageContaining("expected one of public, private");
    }

    @Test
    void decode_checksStringListItemsAndCount() {
        String prefix = "{\"id\":\"m\",\"type\":\"command\",\"room\":\"r\",\"ts\":0,\"sender\":{\"name\":\"b\"},"
                + "\"payload\":{\"name\":\"go\",\"args\":";
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add("\"a\"");
        }

        assertThat(codec.decode(prefix + "[\"x\",\"y\"]}}").payload())
                .isEqualTo(new CommandInvoked("go", List.of("x", "y")));
        assertRefused(prefix + "[\"x\",3]}}", "payload.args[1]");
        assertRefused(prefix + "[\"x\",[\"nested\"]]}}", "payload.args[1]");
        assertRefused(prefix + "\"x\"}}", "payload.args");
        assertRefused(prefix + "[" + String.join(",", many) + "]}}", "payload.args");
    }

    @Test
    void decode_rejectsUnknownPayloadField() {
        assertRefused(tip("{\"amount\":1,\"amuont\":2}"), "payload.amuont")
                .hasMessageContaining("expected only the fields amount, note, anonymous for tip/v1");
        assertRefused(tip("{\"amount\":1}").replace("\"tip\"", "\"user.enter\""), "payload.amount")
                .hasMessageContaining("empty payload");
    }

    @Test
    void decode_rejectsUnknownTopLevelAndSenderProperties() {
        assertRefused(tip("{\"amount\":1}").replace("\"ts\"", "\"time\""), "time");
        assertRefused(tip("{\"amount\":1}").replace("\"gender\"", "\"sex\""), "sender.sex");
        assertRefused(tip("{\"amount\":1}").replace("\"ts\"", "\"\""), "$[\"\"]");
        assertRefused(tip("{\"a b\":1}"), "payload[\"a b\"]");
    }

    @Test
    void decode_rejectsMissingRequiredField() {
        assertRefused(tip("{\"note\":\"hi\"}"), "payload.amount")
                .hasMessage("payload.amount: expected integer 1..1000000 (required), got nothing");
        assertRefused(tip("{\"amount\":1}").replace("\"room\":\"alice\",", ""), "room");
        assertRefused(tip("{\"amount\":1}").replace("\"name\":\"bob\",", ""), "sender.name");
    }

    @Test
    void decode_rejectsDuplicateKeys() {
        assertRefused(tip("{\"amount\":1,\"amount\":2}"), "payload.amount");
        assertRefused(tip("{\"amount\":1}").replace("\"id\":\"m-1\",", "\"id\":\"a\",\"id\":\"b\","), "id");
        assertRefused(
                tip("{\"amount\":1}").replace("\"gender\":\"m\"", "\"gender\":\"m\",\"gender\":\"f\""),
                "sender.gender");
        assertRefused(tip("{\"amount\":1}").replace("[\"has-tokens\"]", "[\"fan\",\"fan\"]"), "sender.roles[1]");
    }

    @Test
    void decode_rejectsInvalidIdsRoomsAndNames() {
        assertRefused(tipWith("id", "\"  \""), "id");
        assertRefused(tipWith("id", "\"" + "i".repeat(129) + "\""), "id");
        assertRefused(tipWith("room", "\"no spaces\""), "room").hasMessageContaining("\"no spaces\"");
        assertRefused(tip("{\"amount\":1}").replace("\"bob\"", "\"bob!\""), "sender.name");
        assertRefused(tip("{\"amount\":1}").replace("\"has-tokens\"", "\"admin\""), "sender.roles[0]");
        assertRefused(tip("{\"amount\":1}").replace("\"tipped\"", "\"rich\""), "sender.tipper");
        assertRefused(tip("{\"amount\":1}").replace("\"m\"}", "\"x\"}"), "sender.gender");
    }

    @Test
    void decode_rejectsNestingAndNulls() {
        assertRefused(tip("{\"amount\":{\"value\":1}}"), "payload.amount").hasMessageContaining("got {...}");
        assertRefused(tip("{\"amount\":1,\"note\":null}"), "payload.note");
        assertRefused(tipWith("room", "[\"alice\"]"), "room");
        assertRefused(tip("[]"), "payload");
        assertRefused(tip("{\"amount\":1}").replace(SENDER, "\"bob\""), "sender");
    }

    @Test
    void decode_rejectsOversizeBodyBeforeParsing() {
        String big = tip("{\"amount\":1,\"note\":\"" + "x".repeat(4000) + "\"}");
        String garbage = "{" + "x".repeat(5000);

        assertRefused(big, "$").hasMessageContaining("expected at most 4096 bytes");
        assertRefused(garbage, "$").hasMessageContaining("4096 bytes");
        assertThatThrownBy(() -> codec.decode(garbage.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MessageFormatException.class)
                .hasMessage("$: expected at most 4096 bytes, got 5001 bytes");
    }

    @Test
    void decode_countsTheLimitInUtf8Bytes() {
        // 1500 three-byte chars: 1500 chars of text, but 4500 bytes on the wire.
        String wide = tip("{\"amount\":1,\"note\":\"" + "中".repeat(500) + "\"}")
                .replace("\"m-1\"", "\"" + "中".repeat(100) + "\"");

        assertThat(wide.length()).isLessThan(4096);
        assertThat(codec.decode(wide).id()).hasSize(100);
        assertRefused(wide.replace("\"hi\"", "").replace("中\"}", "中" + "中".repeat(1100) + "\"}"), "$");
    }

    @Test
    void decode_rejectsTrailingGarbage() {
        assertRefused(tip("{\"amount\":1}") + "x", "$");
        assertRefused(tip("{\"amount\":1}") + "{}", "$").hasMessageContaining("expected end of input");
        assertThat(codec.decode(tip("{\"amount\":1}") + " \n").payload()).isEqualTo(new Tip(1, "", false));
    }

    @Test
    void decode_rejectsNonJsonAndNonObjects() {
        assertRefused("", "$").hasMessageContaining("empty input");
        assertRefused("[1,2]", "$");
        assertRefused("\"tip\"", "$");
        assertRefused("{'id':'x'}", "$").hasMessageContaining("well-formed JSON");
        assertRefused(tip("{\"amount\":1,\"note\":\"bad \\q escape\"}"), "payload.note");
        assertThatThrownBy(() -> codec.decode(new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'}))
                .isInstanceOf(MessageFormatException.class);
    }

    @Test
    void decode_quotesLongValuesCutTo80Chars() {
        MessageFormatException e = refusal(() -> codec.decode(tip("{\"amount\":\"" + "\\\"".repeat(300) + "\"}")));

        assertThat(e.value()).hasSize(80).startsWith("\"\\\"\\\"").endsWith("...");
    }

    @Test
    void decode_wrapsPayloadFactoryFailures() {
        MessageType<Range> range = MessageType.of("host.range", Range.SCHEMA, Flow.OBSERVE, Delivery.BEST_EFFORT);
        JsonMessageCodec hostCodec = new JsonMessageCodec(
                DefaultMessageTypeRegistry.builder().register(range).build(), 4096);

        MessageFormatException e = refusal(() -> hostCodec.decode(
                "{\"id\":\"m\",\"type\":\"host.range\",\"room\":\"r\",\"ts\":0,\"sender\":{\"name\":\"b\"},"
                        + "\"payload\":{\"from\":5,\"to\":2}}"));

        assertThat(e.path()).isEqualTo("payload");
        assertThat(e.getMessage()).contains("from 5 > to 2");
    }

    @Test
    void decode_aBadMessageDoesNotAffectTheNext() {
        List<String> batch = List.of(
                tip("{\"amount\":1}"),
                tip("{\"amount\":\"ten\"}"),
                tip("{\"amount\":1,\"note\":\"unterminated}"),
                tip("{\"amount\":2}"));
        List<Object> results = new ArrayList<>();
        for (String json : batch) {
            try {
                results.add(((Tip) codec.decode(json).payload()).amount());
            } catch (MessageFormatException e) {
                results.add(e.path());
            }
        }

        assertThat(results).containsExactly(1L, "payload.amount", "payload.note", 2L);
    }

    @Test
    void encode_writesTheCanonicalWireForm() {
        Message message = new Message(
                "m-1",
                BuiltinTypes.TIP,
                RoomId.of("alice"),
                new User("bob", EnumSet.of(Role.HAS_TOKENS, Role.FAN), TipperTier.TIPPED, Gender.MALE),
                Instant.ofEpochMilli(1767225600000L),
                new Tip(25, "hi \"you\"", false));

        assertThat(codec.encodeToString(message))
                .isEqualTo(
                        "{\"id\":\"m-1\",\"type\":\"tip\",\"room\":\"alice\",\"ts\":1767225600000,"
                                + "\"sender\":{\"name\":\"bob\",\"roles\":[\"fan\",\"has-tokens\"],\"tipper\":\"tipped\","
                                + "\"gender\":\"m\"},\"payload\":{\"amount\":25,\"note\":\"hi \\\"you\\\"\",\"anonymous\":false}}");
    }

    @Test
    void encode_keepsUnpairedSurrogates() {
        Message message = Message.of(
                BuiltinTypes.CHAT_MESSAGE, RoomId.of("r"), User.viewer("b"), new ChatMessage("a\uD800b\uDE00😀"));

        assertThat(codec.decode(codec.encode(message))).isEqualTo(message);
        assertThat(codec.decode(codec.encodeToString(message))).isEqualTo(message);
    }

    @Test
    void encode_refusesPayloadsOutsideTheirSchema() {
        Message message = Message.of(BuiltinTypes.TIP, RoomId.of("r"), User.system(), new Tip(0, "", false));

        assertThatThrownBy(() -> codec.encode(message))
                .isInstanceOf(MessageFormatException.class)
                .hasMessageStartingWith("payload.amount:");
    }

    @Test
    void roundTrip_keepsHostDefinedTypes() {
        MessageType<Gift> gift = MessageType.of("host.gift", Gift.SCHEMA, Flow.INTERCEPT, Delivery.CRITICAL);
        JsonMessageCodec hostCodec = new JsonMessageCodec(
                DefaultMessageTypeRegistry.builder().register(gift).build(), 4096);
        Message message = Message.of(
                gift, RoomId.of("r"), User.of("carol", Role.FAN), new Gift("rose", 3, List.of("a", "b"), true));

        Message decoded = hostCodec.decode(hostCodec.encode(message));

        assertThat(decoded).isEqualTo(message);
        assertThat(decoded.payload(gift)).isEqualTo(new Gift("rose", 3, List.of("a", "b"), true));
        assertThat(hostCodec.encodeToString(message))
                .contains("\"payload\":{\"item\":\"rose\",\"count\":3,\"tags\":[\"a\",\"b\"],\"wrapped\":true}");
    }

    @Test
    void roundTrip_keepsEmptyPayloadsAndTheSystemUser() {
        Message message = Message.of(BuiltinTypes.USER_ENTER, RoomId.of("r"), User.system(), UserEnter.INSTANCE);

        assertThat(codec.decode(codec.encode(message))).isEqualTo(message);
    }

    @Test
    void validate_checksJavaBuiltPayloads() {
        codec.validate(BuiltinTypes.TIP, new Tip(5, "", true));

        assertThatThrownBy(() -> codec.validate(BuiltinTypes.TIP, new Tip(-1, "", true)))
                .isInstanceOf(MessageFormatException.class)
                .hasMessage("payload.amount: expected integer 1..1000000, got -1");
        assertThatThrownBy(() -> codec.validate(BuiltinTypes.TIP, new ChatMessage("x")))
                .isInstanceOf(MessageFormatException.class)
                .extracting(e -> ((MessageFormatException) e).path())
                .isEqualTo("payload");
    }

    @Test
    void decode_isSafeToCallFromManyThreads() {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            messages.add(Message.of(
                    BuiltinTypes.TIP,
                    RoomId.of("r" + i % 7),
                    User.viewer("u" + i),
                    new Tip(1 + i, "n" + i, i % 2 == 0)));
        }
        List<byte[]> encoded = messages.stream().map(codec::encode).toList();

        List<Message> decoded = encoded.parallelStream().map(codec::decode).toList();

        assertThat(decoded).isEqualTo(messages);
    }

    @Test
    void constructor_rejectsNonPositiveLimit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new JsonMessageCodec(
                        DefaultMessageTypeRegistry.builder().build(), 0));
    }

    record Gift(String item, long count, List<String> tags, boolean wrapped) implements Payload {
        static final PayloadSchema<Gift> SCHEMA = PayloadSchema.of(
                Gift.class,
                List.of(
                        FieldSpec.string("item", 1, 64),
                        FieldSpec.integer("count", 1, 1000),
                        FieldSpec.stringList("tags", 8).optional(),
                        FieldSpec.bool("wrapped")),
                v -> new Gift((String) v[0], (Long) v[1], strings(v[2]), (Boolean) v[3]),
                g -> new Object[] {g.item(), g.count(), g.tags(), g.wrapped()});

        @SuppressWarnings("unchecked")
        private static List<String> strings(Object value) {
            return (List<String>) value;
        }
    }

    record Range(long from, long to) implements Payload {
        static final PayloadSchema<Range> SCHEMA = PayloadSchema.of(
                Range.class,
                List.of(FieldSpec.integer("from", 0, 100), FieldSpec.integer("to", 0, 100)),
                v -> new Range((Long) v[0], (Long) v[1]),
                r -> new Object[] {r.from(), r.to()});

        Range {
            if (from > to) {
                throw new IllegalArgumentException("from " + from + " > to " + to);
            }
        }
    }
}
