package dev.banter.tck;

/** A host sink that dedups by sequence passes the action sink verification. */
class HostSinkTest extends ActionSinkVerification {

    @Override
    protected HostSink createSink() {
        DedupingSink sink = new DedupingSink();
        return HostSink.of(sink, () -> sink.applied);
    }
}
