package dev.banter.tck.wrong;

import dev.banter.tck.ActionSinkVerification;

/** The sink verification run against a sink that drops actions. */
public class DroppingSinkCase extends ActionSinkVerification {

    @Override
    protected HostSink createSink() {
        BadSinks.Dropping sink = new BadSinks.Dropping();
        return HostSink.of(sink, () -> sink.applied);
    }
}
