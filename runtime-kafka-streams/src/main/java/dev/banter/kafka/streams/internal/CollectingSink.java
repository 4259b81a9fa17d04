package dev.banter.kafka.streams.internal;

import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The task runtime's action sink: keeps envelopes until the stream thread takes them, because only the stream thread
 * may produce records. Never fails, so the runtime never holds a room's actions back for a retry. Timer actions are
 * the engine's own business (it has applied them already) and are left out.
 */
final class CollectingSink implements ActionSink {

    private final ConcurrentLinkedQueue<ActionEnvelope> pending = new ConcurrentLinkedQueue<>();

    @Override
    public void deliver(ActionEnvelope envelope) {
        if (!(envelope.action() instanceof ScheduleTimer) && !(envelope.action() instanceof CancelTimer)) {
            pending.add(envelope);
        }
    }

    /** Everything delivered so far, in delivery order, and forgets it. */
    List<ActionEnvelope> drain() {
        List<ActionEnvelope> out = new ArrayList<>();
        for (ActionEnvelope e; (e = pending.poll()) != null; ) {
            out.add(e);
        }
        return out;
    }
}
