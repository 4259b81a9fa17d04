package dev.banter.examples;

import dev.banter.api.action.Action;
import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An action sink that keeps every envelope, for assertions. */
final class Recorder implements ActionSink {

    private final List<ActionEnvelope> envelopes = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(ActionEnvelope envelope) {
        envelopes.add(envelope);
    }

    List<ActionEnvelope> envelopes() {
        return List.copyOf(envelopes);
    }

    List<Action> actions() {
        return envelopes.stream().map(ActionEnvelope::action).toList();
    }
}
