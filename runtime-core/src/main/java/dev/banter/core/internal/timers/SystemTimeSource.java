package dev.banter.core.internal.timers;

import dev.banter.api.spi.TimeSource;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Real time: a clock read for "now", and a scheduler thread that waits for it to reach a wakeup's time. */
public final class SystemTimeSource implements TimeSource {

    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    public SystemTimeSource(Clock clock, ScheduledExecutorService scheduler) {
        this.clock = clock;
        this.scheduler = scheduler;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Alarm wakeAt(Instant at, Wakeup wakeup) {
        long delay = Math.max(0, at.toEpochMilli() - clock.millis());
        ScheduledFuture<?> f = scheduler.schedule(wakeup::wake, delay, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }
}
