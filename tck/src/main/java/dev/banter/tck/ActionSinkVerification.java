package dev.banter.tck;

import static dev.banter.tck.internal.Msgs.body;
import static dev.banter.tck.internal.Msgs.chat;
import static dev.banter.tck.internal.Rules.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Notice;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Verdict;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Checks a host's {@link ActionSink} against SPEC.md rules 5.4 and 5.5: under a real runtime with several lanes and
 * concurrent submitters, it carries out every action exactly once and in each room's order.
 *
 * <p>The factory answers the sink and what it carried out, as the host can tell (rows in its database, calls to its
 * chat server), in the order it carried them out:
 *
 * {@snippet :
 * class MyHostSinkTest extends ActionSinkVerification {
 *     @Override
 *     protected HostSink createSink() {
 *         FakeChatServer server = new FakeChatServer();
 *         MyHostSink sink = new MyHostSink(server);
 *         return HostSink.of(sink, server::appliedActions);
 *     }
 * }
 * }
 *
 * @since 0.4
 */
public abstract class ActionSinkVerification {

    private static final int ROOMS = 6;
    private static final int MESSAGES = 40;

    private final TestEnvironment env = environment();
    private final List<BanterRuntime> started = new ArrayList<>();

    /** A sink under test and what it carried out. */
    public interface HostSink {

        /** The sink the runtime is given. */
        ActionSink sink();

        /** Every envelope the sink carried out so far, in the order it did; thread-safe. */
        List<ActionEnvelope> applied();

        /** A sink and a view of what it carried out. */
        static HostSink of(ActionSink sink, java.util.function.Supplier<List<ActionEnvelope>> applied) {
            return new HostSink() {
                @Override
                public ActionSink sink() {
                    return sink;
                }

                @Override
                public List<ActionEnvelope> applied() {
                    return applied.get();
                }
            };
        }
    }

    /** The factory: a fresh sink under test. */
    protected abstract HostSink createSink();

    /** The runtime the sink is checked under; override to use the host's own configuration. */
    protected BanterRuntime.Builder newRuntimeBuilder() {
        return BanterRuntime.newBuilder();
    }

    /** How long to wait; override to pin timeouts in code instead of the environment. */
    protected TestEnvironment environment() {
        return TestEnvironment.fromEnvironment();
    }

    @AfterEach
    void closeRuntimes() {
        started.forEach(BanterRuntime::close);
        started.clear();
    }

    private static String room(int r) {
        return "room" + r;
    }

    @Test
    void required_spec5_4_everyActionExactlyOnceInRoomOrder() throws Exception {
        HostSink host = createSink();
        BanterRuntime runtime =
                newRuntimeBuilder().lanes(3).actionSink(host.sink()).build();
        started.add(runtime);
        for (int r = 0; r < ROOMS; r++) {
            runtime.openRoom(RoomId.of(room(r)))
                    .install(HandlerSpec.of("say", (m, ctx) -> {
                                ctx.notice(body(m) + "/a");
                                ctx.notice(body(m) + "/b");
                                return Verdict.pass();
                            })
                            .grant(Permission.NOTICE));
        }
        List<CompletableFuture<Outcome>> all = new CopyOnWriteArrayList<>();
        List<Thread> submitters = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            int first = half * ROOMS / 2;
            submitters.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < MESSAGES; i++) {
                    for (int r = first; r < first + ROOMS / 2; r++) {
                        all.add(runtime.submit(chat(room(r), "u", "m" + i)).toCompletableFuture());
                    }
                }
            }));
        }
        for (Thread t : submitters) {
            t.join(env.timeout().toMillis());
        }
        env.await(CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])), "every outcome");
        int expected = ROOMS * MESSAGES * 2;
        List<ActionEnvelope> applied = settled(host, expected);

        for (int r = 0; r < ROOMS; r++) {
            String name = room(r);
            List<String> texts = applied.stream()
                    .filter(e -> e.room().value().equals(name))
                    .map(e -> e.sequence() + ":" + ((Notice) e.action()).text())
                    .toList();
            List<String> wanted = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                wanted.add((2 * i + 1) + ":m" + i + "/a");
                wanted.add((2 * i + 2) + ":m" + i + "/b");
            }
            assertThat(texts)
                    .as(check("5.4", "sequence:text of the actions carried out in " + name))
                    .containsExactlyElementsOf(wanted);
        }
    }

    /**
     * What the sink carried out once it has {@code expected} envelopes, or once it stopped changing: the runtime hands
     * actions over before an outcome completes, so a sink that lost some would only make a longer wait fail the same.
     */
    private List<ActionEnvelope> settled(HostSink host, int expected) throws InterruptedException {
        long quiet = env.scaled(java.time.Duration.ofMillis(300)).toNanos();
        long deadline = System.nanoTime() + env.timeout().toNanos();
        int last = -1;
        long since = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int size = host.applied().size();
            if (size >= expected) {
                break;
            }
            if (size != last) {
                last = size;
                since = System.nanoTime();
            } else if (System.nanoTime() - since > quiet) {
                break;
            }
            Thread.sleep(5);
        }
        return List.copyOf(host.applied());
    }

    @Test
    void recommended_spec5_5_redeliveredEnvelopeIsCarriedOutOnce() throws Exception {
        HostSink host = createSink();
        RoomId room = RoomId.of("again");
        ActionEnvelope envelope = new ActionEnvelope(room, 1, "say", "m-1", Notice.toAll("once"));
        ActionEnvelope next = new ActionEnvelope(room, 2, "say", "m-2", Notice.toAll("twice"));

        host.sink().deliver(envelope);
        host.sink().deliver(envelope);
        host.sink().deliver(next);

        assertThat(host.applied().stream()
                        .filter(e -> e.room().equals(room))
                        .map(e -> ((Notice) e.action()).text())
                        .toList())
                .as(check("5.5", "texts carried out after sequence 1 was delivered twice, then sequence 2"))
                .containsExactly("once", "twice");
    }
}
