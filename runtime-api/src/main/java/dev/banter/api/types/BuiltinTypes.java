package dev.banter.api.types;

import dev.banter.api.message.Coalescing;
import dev.banter.api.message.Delivery;
import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Flow;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.PayloadSchema;
import java.util.List;

/**
 * The message types every runtime knows. Hosts add their own with {@code BanterRuntime.Builder#registerType}.
 *
 * <p>{@code CRITICAL} types are never dropped or coalesced; {@code BEST_EFFORT} ones may be under overload, as their
 * {@link Coalescing} says. {@code INTERCEPT} types can be modified or rejected by handlers before delivery.
 *
 * @since 0.1
 */
public final class BuiltinTypes {

    private BuiltinTypes() {}

    /** {@code chat.message}: A chat line a user sent to the room. INTERCEPT, BEST_EFFORT. */
    public static final MessageType<ChatMessage> CHAT_MESSAGE = new MessageType<>(
            "chat.message",
            1,
            PayloadSchema.of(
                    ChatMessage.class,
                    List.of(
                            FieldSpec.string("body", 1, 4096),
                            FieldSpec.string("background", ChatMessage.MAX_STYLE)
                                    .optional(),
                            FieldSpec.string("color", ChatMessage.MAX_STYLE).optional(),
                            FieldSpec.string("font", ChatMessage.MAX_STYLE).optional()),
                    v -> new ChatMessage((String) v[0], (String) v[1], (String) v[2], (String) v[3]),
                    p -> new Object[] {p.body(), p.background(), p.color(), p.font()}),
            Flow.INTERCEPT,
            Delivery.BEST_EFFORT,
            Coalescing.NONE);

    /** {@code chat.private}: A private message between a user and the room owner. INTERCEPT, BEST_EFFORT. */
    public static final MessageType<PrivateMessage> CHAT_PRIVATE = new MessageType<>(
            "chat.private",
            1,
            PayloadSchema.of(
                    PrivateMessage.class,
                    List.of(FieldSpec.string("to", 1, 64), FieldSpec.string("body", 1, 4096)),
                    v -> new PrivateMessage((String) v[0], (String) v[1]),
                    p -> new Object[] {p.to(), p.body()}),
            Flow.INTERCEPT,
            Delivery.BEST_EFFORT,
            Coalescing.NONE);

    /** {@code tip}: A user tipped the room. OBSERVE, CRITICAL. */
    public static final MessageType<Tip> TIP = new MessageType<>(
            "tip",
            1,
            PayloadSchema.of(
                    Tip.class,
                    List.of(
                            FieldSpec.integer("amount", 1, 1_000_000),
                            FieldSpec.string("note", 512).optional(),
                            FieldSpec.bool("anonymous").optional()),
                    v -> new Tip((Long) v[0], (String) v[1], (Boolean) v[2]),
                    p -> new Object[] {p.amount(), p.note(), p.anonymous()}),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code user.enter}: A user entered the room. OBSERVE, BEST_EFFORT, coalescing LATEST_PER_SENDER. */
    public static final MessageType<UserEnter> USER_ENTER = new MessageType<>(
            "user.enter",
            1,
            PayloadSchema.empty(UserEnter.class, UserEnter.INSTANCE),
            Flow.OBSERVE,
            Delivery.BEST_EFFORT,
            Coalescing.LATEST_PER_SENDER);

    /** {@code user.leave}: A user left the room. OBSERVE, BEST_EFFORT, coalescing LATEST_PER_SENDER. */
    public static final MessageType<UserLeave> USER_LEAVE = new MessageType<>(
            "user.leave",
            1,
            PayloadSchema.empty(UserLeave.class, UserLeave.INSTANCE),
            Flow.OBSERVE,
            Delivery.BEST_EFFORT,
            Coalescing.LATEST_PER_SENDER);

    /** {@code user.follow}: A user followed the room. OBSERVE, BEST_EFFORT. */
    public static final MessageType<Follow> USER_FOLLOW = new MessageType<>(
            "user.follow",
            1,
            PayloadSchema.empty(Follow.class, Follow.INSTANCE),
            Flow.OBSERVE,
            Delivery.BEST_EFFORT,
            Coalescing.NONE);

    /** {@code user.unfollow}: A user stopped following the room. OBSERVE, BEST_EFFORT. */
    public static final MessageType<Unfollow> USER_UNFOLLOW = new MessageType<>(
            "user.unfollow",
            1,
            PayloadSchema.empty(Unfollow.class, Unfollow.INSTANCE),
            Flow.OBSERVE,
            Delivery.BEST_EFFORT,
            Coalescing.NONE);

    /** {@code fanclub.join}: A user joined the room's fan club. OBSERVE, CRITICAL. */
    public static final MessageType<FanclubJoin> FANCLUB_JOIN = new MessageType<>(
            "fanclub.join",
            1,
            PayloadSchema.of(
                    FanclubJoin.class,
                    List.of(FieldSpec.integer("months", 1, 1200).optional()),
                    v -> new FanclubJoin((Long) v[0]),
                    p -> new Object[] {p.months()}),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code media.purchase}: A user bought a photo set or video of the room's owner. OBSERVE, CRITICAL. */
    public static final MessageType<MediaPurchase> MEDIA_PURCHASE = new MessageType<>(
            "media.purchase",
            1,
            PayloadSchema.of(
                    MediaPurchase.class,
                    List.of(
                            FieldSpec.oneOf("mediaType", "photos", "video"),
                            FieldSpec.string("mediaName", 1, 256),
                            FieldSpec.integer("price", 0, 1_000_000)),
                    v -> new MediaPurchase((String) v[0], (String) v[1], (Long) v[2]),
                    p -> new Object[] {p.mediaType(), p.mediaName(), p.price()}),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code broadcast.start}: The owner started broadcasting. OBSERVE, CRITICAL. */
    public static final MessageType<BroadcastStart> BROADCAST_START = new MessageType<>(
            "broadcast.start",
            1,
            PayloadSchema.empty(BroadcastStart.class, BroadcastStart.INSTANCE),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code broadcast.stop}: The owner stopped broadcasting. OBSERVE, CRITICAL. */
    public static final MessageType<BroadcastStop> BROADCAST_STOP = new MessageType<>(
            "broadcast.stop",
            1,
            PayloadSchema.empty(BroadcastStop.class, BroadcastStop.INSTANCE),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code room.subject}: The room subject changed. OBSERVE, BEST_EFFORT, coalescing LATEST_PER_ROOM. */
    public static final MessageType<RoomSubject> ROOM_SUBJECT = new MessageType<>(
            "room.subject",
            1,
            PayloadSchema.of(
                    RoomSubject.class,
                    List.of(FieldSpec.string("subject", 0, 512)),
                    v -> new RoomSubject((String) v[0]),
                    p -> new Object[] {p.subject()}),
            Flow.OBSERVE,
            Delivery.BEST_EFFORT,
            Coalescing.LATEST_PER_ROOM);

    /** {@code room.status}: The room's show status changed. OBSERVE, BEST_EFFORT, coalescing LATEST_PER_ROOM. */
    public static final MessageType<RoomStatus> ROOM_STATUS = new MessageType<>(
            "room.status",
            1,
            PayloadSchema.of(
                    RoomStatus.class,
                    List.of(FieldSpec.oneOf("status", "public", "private", "group", "away", "hidden", "offline")),
                    v -> new RoomStatus((String) v[0]),
                    p -> new Object[] {p.status()}),
            Flow.OBSERVE,
            Delivery.BEST_EFFORT,
            Coalescing.LATEST_PER_ROOM);

    /** {@code room.stats}: Periodic room statistics. OBSERVE, BEST_EFFORT, coalescing LATEST_PER_ROOM. */
    public static final MessageType<RoomStats> ROOM_STATS = new MessageType<>(
            "room.stats",
            1,
            PayloadSchema.of(
                    RoomStats.class,
                    List.of(
                            FieldSpec.integer("viewers", 0, 100_000_000),
                            FieldSpec.integer("followers", 0, 1_000_000_000).optional(),
                            FieldSpec.integer("tokensToday", 0, Long.MAX_VALUE).optional()),
                    v -> new RoomStats((Long) v[0], (Long) v[1], (Long) v[2]),
                    p -> new Object[] {p.viewers(), p.followers(), p.tokensToday()}),
            Flow.OBSERVE,
            Delivery.BEST_EFFORT,
            Coalescing.LATEST_PER_ROOM);

    /** {@code moderation.action}: A moderation action was taken in the room, by staff or by an extension. OBSERVE, CRITICAL. */
    public static final MessageType<ModerationAction> MODERATION_ACTION = new MessageType<>(
            "moderation.action",
            1,
            PayloadSchema.of(
                    ModerationAction.class,
                    List.of(
                            FieldSpec.oneOf("action", "warn", "mute", "unmute", "kick", "ban", "unban"),
                            FieldSpec.string("target", 1, 64),
                            FieldSpec.string("reason", 256).optional(),
                            FieldSpec.integer("durationSeconds", 0, 604_800).optional()),
                    v -> new ModerationAction((String) v[0], (String) v[1], (String) v[2], (Long) v[3]),
                    p -> new Object[] {p.action(), p.target(), p.reason(), p.durationSeconds()}),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code tip.menu.open}: A user opened the tip menu. OBSERVE, BEST_EFFORT, coalescing LATEST_PER_SENDER. */
    public static final MessageType<TipMenuOpen> TIP_MENU_OPEN = new MessageType<>(
            "tip.menu.open",
            1,
            PayloadSchema.empty(TipMenuOpen.class, TipMenuOpen.INSTANCE),
            Flow.OBSERVE,
            Delivery.BEST_EFFORT,
            Coalescing.LATEST_PER_SENDER);

    /** {@code extension.start}: An extension instance started in the room. OBSERVE, CRITICAL. */
    public static final MessageType<ExtensionStart> EXTENSION_START = new MessageType<>(
            "extension.start",
            1,
            PayloadSchema.of(
                    ExtensionStart.class,
                    List.of(FieldSpec.string("extensionId", 1, 128), FieldSpec.string("version", 1, 64)),
                    v -> new ExtensionStart((String) v[0], (String) v[1]),
                    p -> new Object[] {p.extensionId(), p.version()}),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code extension.stop}: An extension instance stopped in the room. OBSERVE, CRITICAL. */
    public static final MessageType<ExtensionStop> EXTENSION_STOP = new MessageType<>(
            "extension.stop",
            1,
            PayloadSchema.of(
                    ExtensionStop.class,
                    List.of(
                            FieldSpec.string("extensionId", 1, 128),
                            FieldSpec.oneOf(
                                    "reason", "uninstalled", "upgraded", "quarantined", "room-closed", "failed")),
                    v -> new ExtensionStop((String) v[0], (String) v[1]),
                    p -> new Object[] {p.extensionId(), p.reason()}),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code settings.change}: An extension's settings in the room changed. OBSERVE, CRITICAL. */
    public static final MessageType<SettingsChange> SETTINGS_CHANGE = new MessageType<>(
            "settings.change",
            1,
            PayloadSchema.of(
                    SettingsChange.class,
                    List.of(FieldSpec.string("extensionId", 1, 128), FieldSpec.stringList("changed", 256)),
                    v -> new SettingsChange((String) v[0], BuiltinTypes.strings(v[1])),
                    p -> new Object[] {p.extensionId(), p.changed()}),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code timer}: A timer scheduled with {@link dev.banter.api.action.ScheduleTimer} fired. OBSERVE, CRITICAL. */
    public static final MessageType<TimerFired> TIMER = new MessageType<>(
            "timer",
            1,
            PayloadSchema.of(
                    TimerFired.class,
                    List.of(
                            FieldSpec.string("label", 1, 64),
                            FieldSpec.string("owner", 1, 64),
                            FieldSpec.integer("firing", 1, Long.MAX_VALUE),
                            FieldSpec.integer("skipped", 0, Long.MAX_VALUE).optional(),
                            FieldSpec.bool("late").optional()),
                    v -> new TimerFired((String) v[0], (String) v[1], (Long) v[2], (Long) v[3], (Boolean) v[4]),
                    p -> new Object[] {p.label(), p.owner(), p.firing(), p.skipped(), p.late()}),
            Flow.OBSERVE,
            Delivery.CRITICAL,
            Coalescing.NONE);

    /** {@code command}: A command given outside chat text, such as from a button in the host's broadcaster panel. (Commands typed in chat stay {@code chat.message} events; the router finds them, see {@link dev.banter.api.handler.Routing#command()}.) INTERCEPT, BEST_EFFORT. */
    public static final MessageType<CommandInvoked> COMMAND = new MessageType<>(
            "command",
            1,
            PayloadSchema.of(
                    CommandInvoked.class,
                    List.of(
                            FieldSpec.string("name", 1, 32),
                            FieldSpec.stringList("args", 64).optional()),
                    v -> new CommandInvoked((String) v[0], BuiltinTypes.strings(v[1])),
                    p -> new Object[] {p.name(), p.args()}),
            Flow.INTERCEPT,
            Delivery.BEST_EFFORT,
            Coalescing.NONE);

    /** Every built-in type, in the order above. */
    public static List<MessageType<?>> all() {
        return ALL;
    }

    private static final List<MessageType<?>> ALL = List.of(
            CHAT_MESSAGE,
            CHAT_PRIVATE,
            TIP,
            USER_ENTER,
            USER_LEAVE,
            USER_FOLLOW,
            USER_UNFOLLOW,
            FANCLUB_JOIN,
            MEDIA_PURCHASE,
            BROADCAST_START,
            BROADCAST_STOP,
            ROOM_SUBJECT,
            ROOM_STATUS,
            ROOM_STATS,
            MODERATION_ACTION,
            TIP_MENU_OPEN,
            EXTENSION_START,
            EXTENSION_STOP,
            SETTINGS_CHANGE,
            TIMER,
            COMMAND);

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
