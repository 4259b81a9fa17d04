package dev.banter.benchmarks;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A corpus as {@code gen_messages.js} writes it: one message a line, {@code type \t user \t ts \t amount \t body}.
 * Replays can be shifted in time, so that a corpus run again and again looks like new traffic to the workloads that
 * keep time windows.
 */
final class Corpus {

    /** The benchmark corpus: the first 10,000 lines of {@code node gen_messages.js 50000 42} (about 1% tips). */
    static final String DEFAULT = "corpus-10000-42.tsv";

    /** One line of the corpus. */
    record Line(String type, String user, long ts, long amount, String body) {

        boolean isChat() {
            return type.equals("chat");
        }

        /** As a Banter message: {@code chat.message} or {@code tip}, at {@code ts + shift}. */
        Message toMessage(String id, RoomId room, long shift) {
            User sender = User.viewer(user);
            Instant at = Instant.ofEpochMilli(ts + shift);
            return isChat()
                    ? new Message(id, BuiltinTypes.CHAT_MESSAGE, room, sender, at, new ChatMessage(body))
                    : new Message(id, BuiltinTypes.TIP, room, sender, at, new Tip(amount, body, false));
        }
    }

    private final Line[] lines;

    private Corpus(List<Line> lines) {
        this.lines = lines.toArray(Line[]::new);
    }

    /** The corpus packed in this jar under that name. */
    static Corpus resource(String name) {
        InputStream in = Objects.requireNonNull(Corpus.class.getResourceAsStream("/" + name), name);
        return read(in);
    }

    static Corpus file(Path file) {
        try {
            return read(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Corpus read(InputStream stream) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    String[] f = line.split("\t", 5);
                    lines.add(new Line(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(lines);
    }

    int size() {
        return lines.length;
    }

    Line get(int i) {
        return lines[i];
    }

    /** How far apart two replays are in time: the corpus's span plus a minute, longer than any workload window. */
    long replayShift() {
        return lines[lines.length - 1].ts() - lines[0].ts() + 60_000;
    }
}
