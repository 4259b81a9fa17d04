package dev.banter.sandbox.graal;

import dev.banter.api.action.Action;
import dev.banter.api.action.Notice;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.ExtensionStart;
import dev.banter.core.time.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One room on virtual time running a {@code cb/1} app from {@code src/test/resources/cb1}, driven by hand. */
final class Cb1Room implements AutoCloseable {

    static final String ROOM = "alice";

    final ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
    final Fixture f = new Fixture(c -> c.withMaxima(Hostile.MAXIMA), b -> b.timeSource(clock));
    ExtensionInstance instance;

    static String app(String name) {
        try (InputStream in = Cb1Room.class.getResourceAsStream("/cb1/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test app " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InstanceSpec spec(Fixture f, String id, String code) {
        return spec(f, ROOM, id, code);
    }

    static InstanceSpec spec(Fixture f, String room, String id, String code) {
        return InstanceSpec.of(
                ExtensionSource.of(id, "1.0.0", "cb/1", id + ".js", code),
                f.room(room).id(),
                f.room(room).lane(),
                f.store,
                Fixture.ALL);
    }

    static Cb1Room with(String file) {
        return with(file, Map.of(), Fixture.ALL);
    }

    static Cb1Room with(String file, Map<String, Object> settings, Set<Permission> permissions) {
        return install(file.substring(0, file.length() - 3), app(file), settings, permissions);
    }

    static Cb1Room of(String id, String code) {
        return install(id, code, Map.of(), Fixture.ALL);
    }

    static Cb1Room of(String id, String code, Set<Permission> permissions) {
        return install(id, code, Map.of(), permissions);
    }

    private static Cb1Room install(String id, String code, Map<String, Object> settings, Set<Permission> permissions) {
        Cb1Room room = new Cb1Room();
        InstanceSpec base = spec(room.f, id, code);
        room.instance = room.f.install(new InstanceSpec(
                base.source(),
                base.room(),
                base.worker(),
                settings,
                base.state(),
                Hostile.EASY, // functional tests: a busy two-core machine must not trip the deadline
                base.policy(),
                permissions,
                base.slot()));
        return room;
    }

    Outcome start() {
        return f.submit(startIn(f.room(ROOM).id()));
    }

    /** The {@code extension.start} a host sends after installing an app, which runs its top-level calls. */
    static Message startIn(RoomId room) {
        return Message.of(BuiltinTypes.EXTENSION_START, room, User.system(), new ExtensionStart("app", "1.0.0"));
    }

    <P extends Payload> Outcome send(MessageType<P> type, User user, P payload) {
        return f.submit(ROOM, type, user, payload);
    }

    Outcome chat(User user, String body) {
        return send(BuiltinTypes.CHAT_MESSAGE, user, new ChatMessage(body));
    }

    Outcome chat(String body) {
        return chat(User.viewer("bob"), body);
    }

    static List<String> notices(Outcome out) {
        List<String> texts = new ArrayList<>();
        for (Action a : out.actions()) {
            if (a instanceof Notice n) {
                texts.add(n.text());
            }
        }
        return texts;
    }

    static <A extends Action> List<A> actions(Outcome out, Class<A> kind) {
        return out.actions().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static String failure(Outcome out) {
        return out.trace().stream()
                .map(t -> t.failure())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse("");
    }

    @Override
    public void close() {
        f.close();
    }
}
