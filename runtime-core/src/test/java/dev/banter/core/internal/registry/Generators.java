package dev.banter.core.internal.registry;

import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.room.Gender;
import dev.banter.api.room.Role;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.TipperTier;
import dev.banter.api.room.User;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitrary valid messages of any type, built from the type's field specs. */
final class Generators {

    private static final String SLUG_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";
    // Longest string generated for a field; bounds beyond it are covered by example tests.
    private static final int MAX_GENERATED = 5_000;

    private Generators() {}

    static Arbitrary<Message> messages(List<MessageType<?>> types) {
        return Arbitraries.of(types).flatMap(Generators::messages);
    }

    static Arbitrary<Message> messages(MessageType<?> type) {
        return Combinators.combine(ids(), slugs().map(RoomId::new), users(), timestamps(), payloads(type))
                .as((id, room, user, ts, payload) -> new Message(id, type, room, user, ts, payload));
    }

    static Arbitrary<Payload> payloads(MessageType<?> type) {
        List<FieldSpec> fields = type.schema().fields();
        if (fields.isEmpty()) {
            return Arbitraries.just(type.schema().create(new Object[0]));
        }
        List<Arbitrary<Object>> values = fields.stream().map(Generators::value).toList();
        return Combinators.combine(values).as(list -> type.schema().create(list.toArray()));
    }

    static Arbitrary<Object> value(FieldSpec field) {
        return switch (field.type()) {
            case STRING ->
                text((int) field.min(), (int) Math.min(FieldChecks.maxLength(field), MAX_GENERATED))
                        .map(s -> s);
            case INTEGER ->
                Arbitraries.longs().between(field.min(), field.max()).map(l -> l);
            case BOOLEAN -> Arbitraries.of(true, false).map(b -> b);
            case ENUM -> Arbitraries.of(field.allowed()).map(s -> s);
            case STRING_LIST ->
                text(0, 100)
                        .list()
                        .ofMinSize((int) field.min())
                        .ofMaxSize((int) Math.min(field.max(), 300))
                        .map(List::copyOf);
        };
    }

    /**
     * Text of {@code min..max} chars mixing any char (lone surrogates included) with quotes, backslashes, control
     * chars, accented letters and surrogate pairs.
     */
    static Arbitrary<String> text(int min, int max) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.chars().all().map(String::valueOf)),
                Tuple.of(5, Arbitraries.chars().range('a', 'z').map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("\"", "\\", "/", "\u0000", "\n", "\t", "\u001f", "\u007f")),
                Tuple.of(2, Arbitraries.of("\uD83D\uDE00", "\uD834\uDD1E", "é", "中", "\u2028")));
        return piece.list().ofMaxSize(Math.min(max, 600)).map(pieces -> fit(String.join("", pieces), min, max));
    }

    private static String fit(String s, int min, int max) {
        StringBuilder sb = new StringBuilder(s.length() > max ? s.substring(0, max) : s);
        while (sb.length() < min) {
            sb.append('x');
        }
        return sb.toString();
    }

    static Arbitrary<String> ids() {
        return text(1, 128).filter(s -> !s.isBlank());
    }

    static Arbitrary<String> slugs() {
        return Arbitraries.strings().withChars(SLUG_CHARS).ofMinLength(1).ofMaxLength(64);
    }

    static Arbitrary<User> users() {
        return Combinators.combine(
                        slugs(),
                        Arbitraries.subsetOf(Role.values()),
                        Arbitraries.of(TipperTier.class),
                        Arbitraries.of(Gender.class))
                .as(User::new);
    }

    static Arbitrary<Instant> timestamps() {
        return Arbitraries.longs().map(Instant::ofEpochMilli);
    }
}
