package dev.banter.benchmarks;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.Handler;
import dev.banter.api.handler.HandlerContext;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.examples.WordFilter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The benchmarked chain and its workload: a chat counter (intercepts, passes), the example {@link WordFilter}
 * (intercepts, may reject) and a delivery counter (observes), over chat messages spread round-robin across rooms.
 */
final class Chain {

    /** The corpus: the first 10,000 chat lines of {@code node gen_messages.js 10500 42}. */
    static final String CORPUS = "chat-10000-42.tsv";

    final ChatCounter counter = new ChatCounter();
    final WordFilter filter = new WordFilter();
    final DeliveredCounter delivered = new DeliveredCounter();

    /** A runtime with {@code lanes} lanes, a no-op sink, and this chain installed in {@code rooms} rooms. */
    BanterRuntime runtime(int lanes, int rooms) {
        BanterRuntime runtime =
                BanterRuntime.newBuilder().lanes(lanes).actionSink(e -> {}).build();
        for (int r = 0; r < rooms; r++) {
            var room = runtime.openRoom(room(r));
            room.install(HandlerSpec.of("counter", counter));
            room.install(WordFilter.spec(filter));
            room.install(HandlerSpec.of("delivered", delivered).observe());
        }
        return runtime;
    }

    /**
     * Runs one message through the chain by hand, as the engine would: interceptors in order until one rejects, then
     * the observer for a delivered message.
     *
     * @return whether the message was rejected
     */
    boolean direct(Message message, DirectContext context) throws Exception {
        context.at(message.room());
        counter.handle(message, context);
        if (filter.handle(message, context) instanceof Verdict.Reject) {
            return true;
        }
        delivered.handle(message, context);
        return false;
    }

    /** The corpus as chat messages, message {@code i} in room {@code i % rooms}. */
    static Message[] messages(int rooms) {
        List<Message> messages = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", 5);
                int i = messages.size();
                messages.add(new Message(
                        "m" + i,
                        BuiltinTypes.CHAT_MESSAGE,
                        room(i % rooms),
                        User.viewer(f[1]),
                        Instant.ofEpochMilli(Long.parseLong(f[2])),
                        new ChatMessage(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages.toArray(Message[]::new);
    }

    static RoomId room(int index) {
        return RoomId.of("room-" + index);
    }

    private static InputStream open() {
        return Objects.requireNonNull(Chain.class.getResourceAsStream("/" + CORPUS), CORPUS);
    }

    /** Counts chat messages per room and passes them. */
    static final class ChatCounter implements Handler {
        private final Map<RoomId, LongAdder> perRoom = new ConcurrentHashMap<>();

        @Override
        public Verdict handle(Message message, HandlerContext context) {
            LongAdder count = perRoom.get(context.room());
            if (count == null) {
                count = perRoom.computeIfAbsent(context.room(), r -> new LongAdder());
            }
            count.increment();
            return Verdict.pass();
        }

        long total() {
            return perRoom.values().stream().mapToLong(LongAdder::sum).sum();
        }
    }

    /** Counts the messages delivered to it. */
    static final class DeliveredCounter implements Handler {
        private final LongAdder count = new LongAdder();

        @Override
        public Verdict handle(Message message, HandlerContext context) {
            count.increment();
            return Verdict.pass();
        }

        long total() {
            return count.sum();
        }
    }
}
