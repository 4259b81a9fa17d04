package dev.banter.tck;

import dev.banter.api.room.RoomId;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A host sink done right: it remembers each room's last sequence and ignores an envelope it already carried out. */
final class DedupingSink implements ActionSink {

    final List<ActionEnvelope> applied = new CopyOnWriteArrayList<>();
    private final Map<RoomId, Long> last = new ConcurrentHashMap<>();

    @Override
    public void deliver(ActionEnvelope envelope) {
        // one room's envelopes arrive on its lane, one at a time: the check and the update need no lock
        if (envelope.sequence() <= last.getOrDefault(envelope.room(), 0L)) {
            return;
        }
        applied.add(envelope);
        last.put(envelope.room(), envelope.sequence());
    }
}
