package dev.banter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.action.Ban;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Mute;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeStyle;
import dev.banter.api.action.Permission;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.action.SetTipOptions;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Coalescing;
import dev.banter.api.message.Delivery;
import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Flow;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.PayloadSchema;
import dev.banter.api.room.Role;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.RoomStats;
import dev.banter.api.types.UserEnter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Property(tries = 300)
    void roomId_acceptsExactlyTheSlugAlphabet(@ForAll String value) {
        boolean expected = !value.isEmpty()
                && value.length() <= 64
                && value.chars()
                        .allMatch(c -> (c >= 'a' && c <= 'z')
                                || (c >= 'A' && c <= 'Z')
                                || (c >= '0' && c <= '9')
                                || c == '_'
                                || c == '.'
                                || c == '-');
        assertThat(RoomId.isValid(value)).isEqualTo(expected);
        if (!expected) {
            assertThatThrownBy(() -> RoomId.of(value)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void builtinTypes_areAtLeastTwentyWithUniqueNamesAndCriticalOnesNeverCoalesce() {
        List<MessageType<?>> all = BuiltinTypes.all();
        Set<String> names = new HashSet<>();
        all.forEach(t -> names.add(t.name()));

        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        assertThat(names).hasSize(all.size());
        assertThat(all)
                .filteredOn(t -> t.delivery() == Delivery.CRITICAL)
                .allSatisfy(t -> assertThat(t.coalescing()).isEqualTo(Coalescing.NONE))
                .extracting(MessageType::name)
                .contains("tip", "media.purchase", "fanclub.join");
        assertThat(BuiltinTypes.CHAT_MESSAGE.flow()).isEqualTo(Flow.INTERCEPT);
    }

    @Test
    void messageType_rejectsBadNamesVersionsAndCoalescingCriticals() {
        PayloadSchema<UserEnter> schema = PayloadSchema.empty(UserEnter.class, UserEnter.INSTANCE);
        assertThatThrownBy(() -> MessageType.of("Chat.Message", schema, Flow.OBSERVE, Delivery.BEST_EFFORT))
                .hasMessageContaining("'Chat.Message'");
        assertThatThrownBy(() -> new MessageType<>("x", 0, schema, Flow.OBSERVE, Delivery.BEST_EFFORT, Coalescing.NONE))
                .hasMessageContaining("version must be >= 1, was 0");
        assertThatThrownBy(() ->
                        new MessageType<>("x", 1, schema, Flow.OBSERVE, Delivery.CRITICAL, Coalescing.LATEST_PER_ROOM))
                .hasMessageContaining("CRITICAL");
    }

    @Test
    void payloadSchema_rejectsDuplicateFields_andFieldSpecNamesTheField() {
        assertThatThrownBy(() -> PayloadSchema.of(
                        ChatMessage.class,
                        List.of(FieldSpec.string("body", 4), FieldSpec.string("body", 4)),
                        v -> new ChatMessage((String) v[0]),
                        p -> new Object[] {p.body()}))
                .hasMessageContaining("duplicate field 'body'");
        assertThatThrownBy(() -> FieldSpec.integer("amount", 10, 1)).hasMessageContaining("'amount': min 10 > max 1");
        assertThatThrownBy(() -> FieldSpec.string("Bad Name", 4)).hasMessageContaining("'Bad Name'");
    }

    @Test
    void message_checksPayloadClassAndTruncatesTimeToMillis() {
        Instant precise = Instant.parse("2026-12-03T10:00:00.123456789Z");
        Message m = new Message(
                "m1", BuiltinTypes.CHAT_MESSAGE, RoomId.of("r"), User.viewer("a"), precise, new ChatMessage("hi"));

        assertThat(m.timestamp()).isEqualTo(Instant.parse("2026-12-03T10:00:00.123Z"));
        assertThat(m.payload(BuiltinTypes.CHAT_MESSAGE).body()).isEqualTo("hi");
        assertThatThrownBy(() -> m.payload(BuiltinTypes.TIP)).hasMessageContaining("'chat.message/v1'");
        assertThatThrownBy(() -> new Message(
                        "m1",
                        BuiltinTypes.CHAT_MESSAGE,
                        RoomId.of("r"),
                        User.viewer("a"),
                        precise,
                        new RoomStats(1, 1, 1)))
                .hasMessageContaining("ChatMessage")
                .hasMessageContaining("RoomStats");
    }

    @Test
    void user_rolesAreImmutableAndNamesValidated() {
        User mod = User.of("mia", Role.MODERATOR, Role.FAN);

        assertThat(mod.isStaff()).isTrue();
        assertThat(mod.has(Role.FAN)).isTrue();
        assertThatThrownBy(() -> mod.roles().add(Role.OWNER)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> User.viewer("no spaces")).hasMessageContaining("'no spaces'");
        assertThat(Role.ofWireName("has-tokens")).isEqualTo(Role.HAS_TOKENS);
        assertThatThrownBy(() -> Role.ofWireName("admin")).hasMessageContaining("'admin'");
    }

    @Test
    void actions_boundTheirFieldsAndNameThem() {
        assertThat(new Ban("troll", "spam").permission()).isEqualTo(Permission.MODERATION_BAN);
        assertThat(new Ban("troll", "spam").kind()).isEqualTo("moderation.ban");
        assertThatThrownBy(() -> Notice.toAll("x".repeat(Notice.MAX_TEXT + 1)))
                .hasMessageContaining("notice text must be at most 49152 chars");
        assertThatThrownBy(() -> new Mute("troll", Duration.ofDays(8), ""))
                .hasMessageContaining("mute duration must be 1s..7d");
        assertThatThrownBy(() -> new NoticeStyle("red", null, NoticeStyle.Weight.BOLD))
                .hasMessageContaining("background")
                .hasMessageContaining("'red'");
        assertThatThrownBy(() -> new SetTipOptions("menu", List.of("ok", " "))).hasMessageContaining("tip option [1]");
        assertThatThrownBy(() -> ScheduleTimer.once("t", Duration.ofMillis(10))).hasMessageContaining("timer delay");
        assertThatThrownBy(() -> new Custom("Bad", Map.of())).hasMessageContaining("'Bad'");
        assertThat(new Custom("overlay.confetti", Map.of("n", "3")).kind()).isEqualTo("custom.overlay.confetti");
        assertThat(Permission.ofKey("moderation.mute")).isEqualTo(Permission.MODERATION_MUTE);
        assertThatThrownBy(() -> Permission.ofKey("root"))
                .hasMessageContaining("'root'")
                .hasMessageContaining("notice");
    }

    @Test
    void handlerSpec_validatesIdAndSubscriptions() {
        assertThatThrownBy(() -> HandlerSpec.of("has space", (m, c) -> Verdict.pass()))
                .hasMessageContaining("'has space'");
        assertThatThrownBy(() -> new Subscription("tip", null, "roll")).hasMessageContaining("chat.message only");
        assertThatThrownBy(() -> Subscription.command("Roll!")).hasMessageContaining("'Roll!'");
        HandlerSpec spec = HandlerSpec.of("ok", (m, c) -> Verdict.pass())
                .grant(Permission.NOTICE)
                .failClosed();
        assertThat(spec.permissions()).containsExactly(Permission.NOTICE);
        assertThat(Verdict.reject("x".repeat(300)))
                .isInstanceOfSatisfying(
                        Verdict.Reject.class, r -> assertThat(r.reason()).hasSize(256));
    }
}
