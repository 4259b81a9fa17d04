package dev.banter.core.engine;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.Permission;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.handler.Handler;
import dev.banter.api.handler.HandlerContext;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.metrics.RoomMetrics;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.TimeSource;
import dev.banter.api.types.BroadcastStart;
import dev.banter.api.types.BroadcastStop;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.TimerFired;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A runtime on virtual time with a store that outlives it, and bots driven by chat: {@code every L S}, {@code after L
 * S}, {@code timer L DELAY REPEAT}, {@code cancel L}. Every timer firing any bot sees is recorded with the virtual second it saw it at.
 */
final class TimerRig implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String ROOM = "r";

    /** A timer firing as a handler saw it. */
    record Fired(String handler, String label, long second, long firing, long skipped, boolean late, String owner) {}

    final ManualClock clock = ManualClock.startingAt(T0);
    final StateStore store = new InMemoryStateStore();
    final List<Fired> fired = new CopyOnWriteArrayList<>();
    final List<ActionEnvelope> sunk = new CopyOnWriteArrayList<>();
    private final UnaryOperator<BanterRuntime.Builder> config;
    private final TimeSource time;
    BanterRuntime runtime;

    TimerRig() {
        this(UnaryOperator.identity());
    }

    TimerRig(UnaryOperator<BanterRuntime.Builder> config) {
        this(config, null);
    }

    TimerRig(UnaryOperator<BanterRuntime.Builder> config, TimeSource time) {
        this.config = config;
        this.time = time == null ? clock : time;
        start();
    }

    private void start() {
        runtime = config.apply(BanterRuntime.newBuilder()
                        .lanes(1)
                        .timeSource(time)
                        .stateStore(store)
                        .actionSink(sunk::add))
                .build();
    }

    /** Closes the runtime and builds a new one on the same store and clock, with no room open. */
    void restart() {
        runtime.close();
        start();
    }

    Room room() {
        return runtime.openRoom(RoomId.of(ROOM));
    }

    /** A bot that takes chat commands and sees its timers, as one observer spec. */
    HandlerSpec bot(String id) {
        return HandlerSpec.of(id, new Bot())
                .on(Subscription.to("chat.message"), Subscription.to("timer"))
                .observe()
                .grant(Permission.TIMERS);
    }

    /** Installs a bot and waits until its stored timers are restored. */
    void install(HandlerSpec spec) {
        room().install(spec);
        sync();
    }

    Outcome say(String body) {
        return runtime.submit(Msgs.chat(ROOM, "host", body))
                .toCompletableFuture()
                .join();
    }

    void broadcast(boolean start) {
        Message m = start
                ? Message.of(BuiltinTypes.BROADCAST_START, RoomId.of(ROOM), User.system(), BroadcastStart.INSTANCE)
                : Message.of(BuiltinTypes.BROADCAST_STOP, RoomId.of(ROOM), User.system(), BroadcastStop.INSTANCE);
        runtime.submit(m).toCompletableFuture().join();
    }

    /** Waits until every task queued on the room's lane so far has run. */
    void sync() {
        say("sync");
    }

    void advance(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    void advanceTo(long second) {
        clock.advanceTo(T0.plusSeconds(second));
    }

    RoomMetrics metrics() {
        return runtime.metrics().rooms().get(RoomId.of(ROOM));
    }

    List<String> firedLabelsAndSeconds() {
        return fired.stream().map(f -> f.label() + "@" + f.second()).toList();
    }

    @Override
    public void close() {
        runtime.close();
    }

    /** Chat commands in, timer firings recorded. */
    final class Bot implements Handler {
        @Override
        public Verdict handle(Message m, HandlerContext ctx) {
            if (m.payload() instanceof TimerFired t) {
                long second = Duration.between(T0, ctx.now()).toSeconds();
                fired.add(new Fired(ctx.handlerId(), t.label(), second, t.firing(), t.skipped(), t.late(), t.owner()));
                return Verdict.pass();
            }
            String[] words = Msgs.body(m).split(" ");
            switch (words[0]) {
                case "every" -> {
                    Duration d = Duration.ofSeconds(Long.parseLong(words[2]));
                    ctx.emit(new ScheduleTimer(words[1], d, d));
                }
                case "after" -> ctx.emit(ScheduleTimer.once(words[1], Duration.ofSeconds(Long.parseLong(words[2]))));
                case "timer" ->
                    ctx.emit(new ScheduleTimer(
                            words[1],
                            Duration.ofSeconds(Long.parseLong(words[2])),
                            Duration.ofSeconds(Long.parseLong(words[3]))));
                case "cancel" -> ctx.emit(new CancelTimer(words[1]));
                default -> {}
            }
            return Verdict.pass();
        }
    }
}
