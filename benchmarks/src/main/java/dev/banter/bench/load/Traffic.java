package dev.banter.bench.load;

import dev.banter.api.message.Message;
import dev.banter.api.message.Payload;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Follow;
import dev.banter.api.types.Tip;
import dev.banter.api.types.UserEnter;
import dev.banter.api.types.UserLeave;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the events of a run, one at a time on the generator thread: picks a room in proportion to its audience
 * (an {@link AliasTable}), a kind from the {@link Mix}, a viewer (who enters and leaves), and builds
 * the message. Seeded, so two runs with the same seed send the same events.
 *
 * <p>The message id carries the event's intended send time, {@code L<nanos>.<seq>} for a measured room and
 * {@code H<nanos>.<seq>} for an unmeasured one, so the action sink can measure submit-to-delivery without a map.
 */
final class Traffic {

    private static final List<String> CHAT = List.of(
            "evening all",
            "greetings from lisbon",
            "this track is a banger",
            "which map are we on",
            "nice save!!",
            "mic is a little low tonight",
            "just followed, great vibes",
            "lmao",
            "hello from the night shift",
            "one more round please",
            "this is awesome :fire: :heart:",
            "back in five",
            "NO WAY THAT JUST HAPPENED",
            "yesssssssss",
            "you are such a noob",
            "check www.free-tokens.xyz",
            "buy scamcoin now",
            "hahahahahahaha nice one",
            "@streamer can you say hi to my friend",
            "what a clutch play, gg wp");
    private static final List<String> COMMANDS =
            List.of("!roll 2d6", "!help", "!top", "!menu", "!best", "!roll 3d20", "!roll d100");

    private final RoomId[] rooms;
    private final boolean[] measured;
    private final Audience[] audiences;
    private final AliasTable roomPicker;
    private final User[] users;
    private final SplittableRandom random;
    private final Mix.Sampler sampler;
    private final Payload[] chat;
    private final Payload[] commands;
    private long seq;

    // what the last next() made, read by the caller before the next call
    private int room;
    private EventKind kind = EventKind.CHAT;
    private long tipAmount;

    Traffic(List<RoomId> ids, List<RoomGroup> groupOfRoom, Mix mix, long seed) {
        int n = ids.size();
        rooms = ids.toArray(RoomId[]::new);
        measured = new boolean[n];
        audiences = new Audience[n];
        double[] weights = new double[n];
        int most = 1;
        for (int i = 0; i < n; i++) {
            RoomGroup g = groupOfRoom.get(i);
            measured[i] = g.measured();
            int present = (int) Math.max(1, Math.round(g.viewers() * RoomGroup.ACTIVE_SHARE));
            audiences[i] = new Audience(g.viewers(), Math.min(present, g.viewers()));
            weights[i] = present;
            most = Math.max(most, g.viewers());
        }
        roomPicker = new AliasTable(weights);
        users = new User[most];
        random = new SplittableRandom(seed);
        sampler = mix.sampler(random.split());
        chat = CHAT.stream().map(ChatMessage::new).toArray(Payload[]::new);
        commands = COMMANDS.stream().map(ChatMessage::new).toArray(Payload[]::new);
    }

    /** The room index of the last message. */
    int room() {
        return room;
    }

    /** The kind of the last message. */
    EventKind kind() {
        return kind;
    }

    /** The amount of the last message if it was a tip. */
    long tipAmount() {
        return tipAmount;
    }

    boolean measured(int roomIndex) {
        return measured[roomIndex];
    }

    /** The next event, meant to be sent at {@code intended} (System.nanoTime), stamped {@code now}. */
    Message next(long intended, Instant now) {
        room = pickRoom();
        Audience audience = audiences[room];
        kind = sampler.kind();
        int viewer = switch (kind) {
            case ENTER -> audience.enter(random);
            case LEAVE -> audience.leave(random);
            default -> audience.anyPresent(random);
        };
        if (viewer < 0) { // nobody there to chat, tip or leave: somebody comes in instead
            kind = EventKind.ENTER;
            viewer = audience.enter(random);
        }
        Payload payload = switch (kind) {
            case CHAT -> chat[random.nextInt(chat.length)];
            case COMMAND -> commands[random.nextInt(commands.length)];
            case TIP -> new Tip(tipAmount = sampler.tipAmount(), "", false);
            case ENTER -> UserEnter.INSTANCE;
            case LEAVE -> UserLeave.INSTANCE;
            case FOLLOW -> Follow.INSTANCE;
        };
        String id = (measured[room] ? "L" : "H") + intended + "." + (seq++);
        return new Message(id, kind.type(), rooms[room], user(viewer), now, payload);
    }

    /** The intended send time a message id carries, or -1 if the id is not one of ours. */
    static long intendedOf(String messageId) {
        char c = messageId.isEmpty() ? ' ' : messageId.charAt(0);
        int dot = messageId.indexOf('.');
        if ((c != 'L' && c != 'H') || dot < 2) {
            return -1;
        }
        try {
            return Long.parseLong(messageId, 1, dot, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether a message id is of a measured room. */
    static boolean measuredId(String messageId) {
        return !messageId.isEmpty() && messageId.charAt(0) == 'L';
    }

    private int pickRoom() {
        if (rooms.length == 1) {
            return 0;
        }
        return roomPicker.pick(random);
    }

    private User user(int viewer) {
        User u = users[viewer];
        if (u == null) {
            u = User.viewer("v" + viewer);
            users[viewer] = u;
        }
        return u;
    }
}
