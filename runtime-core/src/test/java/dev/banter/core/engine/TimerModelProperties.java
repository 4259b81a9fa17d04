package dev.banter.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random schedules, cancels, clock advances, broadcast stops and starts and restarts, the engine fires exactly
 * what a few lines of model say: each timer at its due time, timers due together in the order they were scheduled,
 * repeating ones at a fixed rate, paused ones keeping the time they had left.
 */
class TimerModelProperties {

    sealed interface Op permits Schedule, Cancel, Advance, Broadcast, Restart {}

    record Schedule(String label, long delay, long repeat) implements Op {}

    record Cancel(String label) implements Op {}

    record Advance(long seconds) implements Op {}

    record Broadcast(boolean online) implements Op {}

    record Restart() implements Op {}

    @Property(tries = 60)
    void firedSequence_equalsTheModels(@ForAll("ops") List<Op> ops) {
        Model model = new Model();
        try (TimerRig rig = new TimerRig()) {
            rig.install(rig.bot("bot"));
            for (Op op : ops) {
                switch (op) {
                    case Schedule s -> rig.say("timer " + s.label() + " " + s.delay() + " " + s.repeat());
                    case Cancel c -> rig.say("cancel " + c.label());
                    case Advance a -> rig.advance(a.seconds());
                    case Broadcast b -> rig.broadcast(b.online());
                    case Restart r -> {
                        rig.restart();
                        rig.install(rig.bot("bot"));
                        rig.advance(0);
                    }
                }
                model.apply(op);
            }
            List<String> engine = rig.fired.stream()
                    .map(f -> f.label() + "@" + f.second() + "#" + f.firing() + (f.late() ? " late" : ""))
                    .toList();
            assertThat(engine).isEqualTo(model.fired);
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<String> labels = Arbitraries.of("a", "b", "c");
        Arbitrary<Op> schedule = Combinators.combine(
                        labels,
                        Arbitraries.longs().between(1, 30),
                        Arbitraries.oneOf(
                                Arbitraries.just(0L), Arbitraries.longs().between(1, 30)))
                .as(Schedule::new);
        Arbitrary<Op> cancel = labels.map(Cancel::new);
        Arbitrary<Op> advance = Arbitraries.longs().between(0, 45).map(Advance::new);
        Arbitrary<Op> broadcast = Arbitraries.of(true, false).map(Broadcast::new);
        Arbitrary<Op> restart = Arbitraries.just(new Restart());
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, schedule),
                        net.jqwik.api.Tuple.of(1, cancel),
                        net.jqwik.api.Tuple.of(4, advance),
                        net.jqwik.api.Tuple.of(2, broadcast),
                        net.jqwik.api.Tuple.of(1, restart))
                .list()
                .ofMinSize(10)
                .ofMaxSize(30);
    }

    /** The documented semantics, on virtual seconds. */
    private static final class Model {
        private final Map<String, long[]> timers = new LinkedHashMap<>(); // due, repeat, paused, firings, order
        private final List<String> fired = new ArrayList<>();
        private boolean offline;
        private long now;
        private long order;

        void apply(Op op) {
            switch (op) {
                case Schedule s -> {
                    long[] t = {now + s.delay(), s.repeat(), offline ? s.delay() : -1, 0, order++};
                    timers.put(s.label(), t);
                }
                case Cancel c -> timers.remove(c.label());
                case Advance a -> advance(now + a.seconds());
                case Broadcast b -> broadcast(b.online());
                case Restart r -> {}
            }
        }

        private void broadcast(boolean online) {
            if (offline != online) {
                return;
            }
            offline = !online;
            for (long[] t : timers.values()) {
                if (online) {
                    t[0] = now + t[2];
                    t[2] = -1;
                } else {
                    t[2] = t[0] - now;
                }
            }
        }

        private void advance(long target) {
            while (!offline) {
                long due = Long.MAX_VALUE;
                for (long[] t : timers.values()) {
                    due = Math.min(due, t[0]);
                }
                if (due > target) {
                    break;
                }
                now = due;
                List<Map.Entry<String, long[]>> together = new ArrayList<>();
                for (Map.Entry<String, long[]> e : timers.entrySet()) {
                    if (e.getValue()[0] == due) {
                        together.add(e);
                    }
                }
                together.sort((x, y) -> Long.compare(x.getValue()[4], y.getValue()[4]));
                for (Map.Entry<String, long[]> e : together) {
                    long[] t = e.getValue();
                    fired.add(e.getKey() + "@" + now + "#" + ++t[3]);
                    if (t[1] > 0) {
                        t[0] += t[1];
                    } else {
                        timers.remove(e.getKey());
                    }
                }
            }
            now = Math.max(now, target);
        }
    }
}
