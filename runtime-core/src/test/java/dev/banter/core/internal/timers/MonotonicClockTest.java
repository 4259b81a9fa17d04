package dev.banter.core.internal.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MonotonicClockTest {

    /** A wall clock that an operator steps by hand. */
    private static final class SteppedWall extends Clock {
        volatile Instant now = Instant.parse("2026-06-01T12:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void startsAtTheWallClock() {
        SteppedWall wall = new SteppedWall();
        MonotonicClock clock = new MonotonicClock(wall);

        assertThat(Duration.between(wall.now, clock.instant())).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        assertThat(clock.millis()).isBetween(wall.now.toEpochMilli(), wall.now.toEpochMilli() + 5_000);
    }

    @Test
    void aWallClockSteppedBack_doesNotMoveItBack() {
        SteppedWall wall = new SteppedWall();
        MonotonicClock clock = new MonotonicClock(wall);
        Instant before = clock.instant();

        wall.now = wall.now.minus(Duration.ofMinutes(30));
        clock.resync();

        assertThat(clock.instant()).isAfterOrEqualTo(before);
    }

    @Test
    void aWallClockSteppedForward_isFollowedAtTheNextResync() {
        SteppedWall wall = new SteppedWall();
        MonotonicClock clock = new MonotonicClock(wall);

        wall.now = wall.now.plus(Duration.ofHours(1));
        assertThat(clock.instant()).isBefore(wall.now);
        clock.resync();

        assertThat(Duration.between(wall.now, clock.instant())).isBetween(Duration.ZERO, Duration.ofSeconds(5));
    }

    @Test
    void successiveReadings_neverDecrease() {
        MonotonicClock clock = new MonotonicClock(Clock.systemUTC());
        Instant last = clock.instant();
        for (int i = 0; i < 10_000; i++) {
            if (i % 1000 == 0) {
                clock.resync();
            }
            Instant now = clock.instant();
            assertThat(now).isAfterOrEqualTo(last);
            last = now;
        }
    }

    @Test
    void isUtc_andKeepsItsInstantsInAnotherZone() {
        MonotonicClock clock = new MonotonicClock(Clock.systemUTC());

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(Duration.between(clock.instant(), paris.instant())).isBetween(Duration.ZERO, Duration.ofSeconds(5));
    }
}
