package dev.banter.tck.wrong;

import dev.banter.tck.ActionSinkVerification;

/** The sink verification run against a sink that reorders actions. */
public class ReorderingSinkCase extends ActionSinkVerification {

    @Override
    protected HostSink createSink() {
        BadSinks.Reordering sink = new BadSinks.Reordering();
        return HostSink.of(sink, () -> sink.applied);
    }
}
