package dev.banter.tck.wrong;

import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Wrong on purpose: host sinks that drop, reorder or repeat actions. */
public final class BadSinks {

    private BadSinks() {}

    /** Carries out all but every 25th envelope, and says nothing. */
    public static final class Dropping implements ActionSink {
        public final List<ActionEnvelope> applied = new CopyOnWriteArrayList<>();

        @Override
        public void deliver(ActionEnvelope envelope) {
            if (envelope.sequence() % 25 != 0) {
                applied.add(envelope);
            }
        }
    }

    /** Holds each room's odd envelopes back and carries them out after the next one. */
    public static final class Reordering implements ActionSink {
        public final List<ActionEnvelope> applied = new CopyOnWriteArrayList<>();
        private final Map<Object, ActionEnvelope> held = new ConcurrentHashMap<>();

        @Override
        public void deliver(ActionEnvelope envelope) {
            if (envelope.sequence() % 2 == 1) {
                held.put(envelope.room(), envelope);
                return;
            }
            applied.add(envelope);
            ActionEnvelope earlier = held.remove(envelope.room());
            if (earlier != null) {
                applied.add(earlier);
            }
        }
    }

    /** Carries out every envelope it is given, repeats included. */
    public static final class Repeating implements ActionSink {
        public final List<ActionEnvelope> applied = new CopyOnWriteArrayList<>();

        @Override
        public void deliver(ActionEnvelope envelope) {
            applied.add(envelope);
        }
    }
}
