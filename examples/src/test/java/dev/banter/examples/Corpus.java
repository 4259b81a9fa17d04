package dev.banter.examples;

import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/** Reads the TSV corpora that {@code gen_messages.js} writes: type, user, ts, amount, body. */
final class Corpus {

    private Corpus() {}

    record Line(String type, String user, long ts, long amount, String body) {
        boolean isChat() {
            return type.equals("chat");
        }

        Message toMessage(String id, RoomId room) {
            User sender = User.viewer(user);
            Instant at = Instant.ofEpochMilli(ts);
            return isChat()
                    ? new Message(id, BuiltinTypes.CHAT_MESSAGE, room, sender, at, new ChatMessage(body))
                    : new Message(id, BuiltinTypes.TIP, room, sender, at, new Tip(amount, body, false));
        }
    }

    static List<Line> read(String resource) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    String[] f = line.split("\t", 5);
                    lines.add(new Line(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = open(resource)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream open(String resource) {
        return Objects.requireNonNull(Corpus.class.getResourceAsStream("/" + resource), resource);
    }
}
