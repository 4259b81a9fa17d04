package dev.banter.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.Verdict;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The chain invokes a handler for a message exactly when one of its subscriptions matches what the router found. */
class SubscriptionProperties {

    private static final List<String> CATEGORIES = List.of("command", "mention", "link", "caps", "first-message");
    private static final List<String> COMMANDS = List.of("roll", "help", "menu");
    private static BanterRuntime runtime;
    private static final AtomicInteger ROOMS = new AtomicInteger();

    @BeforeContainer
    static void start() {
        runtime = BanterRuntime.newBuilder().lanes(2).build();
    }

    @AfterContainer
    static void stop() {
        runtime.close();
    }

    record Sub(String category, String command) {
        Subscription toSubscription() {
            if (command != null) {
                return Subscription.command(command);
            }
            return category == null ? Subscription.to("chat.message") : Subscription.to("chat.message", category);
        }
    }

    @Provide
    Arbitrary<List<Sub>> subs() {
        return sub().list().ofMaxSize(3);
    }

    private static Arbitrary<Sub> sub() {
        Arbitrary<Sub> any = Arbitraries.just(new Sub(null, null));
        Arbitrary<Sub> byCategory = Arbitraries.of(CATEGORIES).map(c -> new Sub(c, null));
        Arbitrary<Sub> byCommand = Arbitraries.of(COMMANDS).map(c -> new Sub(null, c));
        return Arbitraries.frequencyOf(Tuple.of(1, any), Tuple.of(4, byCategory), Tuple.of(3, byCommand));
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        Arbitrary<String> word = Arbitraries.of(
                "hi",
                "HELLO",
                "@bob",
                "www.example.com",
                "roll",
                "!roll",
                "!help",
                "/menu",
                "!rоll",
                "2d6",
                "SHOUTING",
                "there",
                "x.io",
                "!");
        return word.list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(w -> String.join(" ", w))
                .list()
                .ofMinSize(1)
                .ofMaxSize(5);
    }

    @Property(tries = 150)
    void handlerRunsIffASubscriptionMatches(
            @ForAll("subs") List<Sub> first, @ForAll("subs") List<Sub> second, @ForAll("bodies") List<String> bodies) {
        List<List<Sub>> handlers = new ArrayList<>();
        if (!first.isEmpty()) {
            handlers.add(first);
        }
        if (!second.isEmpty()) {
            handlers.add(second);
        }
        Room room = runtime.openRoom(RoomId.of("p" + ROOMS.incrementAndGet()));
        for (int i = 0; i < handlers.size(); i++) {
            Subscription[] subscriptions =
                    handlers.get(i).stream().map(Sub::toSubscription).toArray(Subscription[]::new);
            room.install(HandlerSpec.of("h" + i, (m, ctx) -> Verdict.pass()).on(subscriptions));
        }
        for (int n = 0; n < bodies.size(); n++) {
            String body = bodies.get(n);
            boolean firstMessage = n == 0; // one sender, fresh room: only the first message is a first message
            Outcome outcome = runtime.submit(Msgs.chat(room.id().value(), "alice", body))
                    .toCompletableFuture()
                    .join();
            Set<String> ran = Set.copyOf(
                    outcome.trace().stream().map(TraceEntry::handlerId).toList());
            for (int i = 0; i < handlers.size(); i++) {
                boolean expected = matchesAny(handlers.get(i), body, firstMessage);
                assertThat(ran.contains("h" + i))
                        .as("h%d %s on '%s'", i, handlers.get(i), body)
                        .isEqualTo(expected);
            }
        }
        room.close().toCompletableFuture().join();
    }

    private static boolean matchesAny(List<Sub> subs, String body, boolean first) {
        for (Sub sub : subs) {
            if (sub.command() != null) {
                if (commandOf(body).equals(sub.command())) {
                    return true;
                }
            } else if (sub.category() == null || hasCategory(sub.category(), body, first)) {
                return true;
            }
        }
        return false;
    }

    /** An independent, deliberately simple reading of the command rule for the bodies generated above. */
    private static String commandOf(String body) {
        String first = body.split(" ")[0];
        if (first.length() < 2 || (first.charAt(0) != '!' && first.charAt(0) != '/')) {
            return "";
        }
        String name = first.substring(1);
        return name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)) ? name.toLowerCase() : "";
    }

    private static boolean hasCategory(String category, String body, boolean first) {
        return switch (category) {
            case "command" -> !commandOf(body).isEmpty();
            case "mention" -> body.contains("@bob");
            case "link" -> body.contains("www.example.com") || body.contains("x.io");
            case "caps" -> caps(body);
            case "first-message" -> first;
            default -> throw new IllegalArgumentException(category);
        };
    }

    private static boolean caps(String body) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 8 && upper >= 0.7 * letters;
    }
}
