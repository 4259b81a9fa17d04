/**
 * Fault injection for Banter hosts and for the project's own reliability tests: an {@link
 * dev.banter.api.spi.ActionSink}, a {@link dev.banter.api.spi.StateStore} and a {@link dev.banter.api.spi.TimeSource}
 * that fail on command ({@link dev.banter.reliability.FaultySink}, {@link dev.banter.reliability.FaultyStore}, {@link
 * dev.banter.reliability.SteppingClock}).
 */
module dev.banter.reliability {
    requires transitive dev.banter.api;
    requires static org.jspecify;

    exports dev.banter.reliability;
}
