package dev.banter.core.internal.timers;

import dev.banter.api.spi.TimeSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link Clock} that reads a {@link TimeSource}, so timestamps and handler clocks follow virtual time too. */
public final class TimeSourceClock extends Clock {

    private final TimeSource source;
    private final ZoneId zone;

    public TimeSourceClock(TimeSource source) {
        this(source, ZoneOffset.UTC);
    }

    private TimeSourceClock(TimeSource source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new TimeSourceClock(source, newZone);
    }

    @Override
    public Instant instant() {
        return source.now();
    }
}
