package dev.banter.tck.wrong;

import dev.banter.tck.ActionSinkVerification;

/** The sink verification run against a sink that carries out a redelivered envelope again. */
public class RepeatingSinkCase extends ActionSinkVerification {

    @Override
    protected HostSink createSink() {
        BadSinks.Repeating sink = new BadSinks.Repeating();
        return HostSink.of(sink, () -> sink.applied);
    }
}
