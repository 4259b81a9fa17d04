package dev.banter.core.internal.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.spi.TimeSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimerPartsTest {

    @Test
    void toJson_fromJson_roundTripsEveryField() {
        Timer t = new Timer("ext:x", "round", 60_000, 1_767_225_600_000L, 7);
        t.firings = 3;
        t.pause(1_767_225_590_000L);

        Timer back = Timer.fromJson("ext:x", "round", t.toJson());

        assertThat(back.toJson()).isEqualTo(t.toJson());
        assertThat(back.paused).isEqualTo(10_000);
        assertThat(back.running()).isFalse();
        assertThat(back.order).isEqualTo(7);
    }

    @Test
    void pauseAndResume_keepTheTimeLeft() {
        Timer t = new Timer("o", "l", 0, 10_000, 0);
        t.pause(4_000);
        t.pause(5_000); // already paused: no change
        t.resume(100_000);
        assertThat(t.due).isEqualTo(106_000);
        assertThat(t.running()).isTrue();
    }

    @Test
    void fromJson_badRecords_nameTheFieldAndValue() {
        assertThatThrownBy(() -> Timer.fromJson("o", "l", "{\"repeat\":\"soon\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repeat: expected an integer, got soon");
        assertThatThrownBy(() -> Timer.fromJson("o", "l", "{\"when\":1}")).hasMessage("unknown field 'when'");
        assertThatThrownBy(() -> Timer.fromJson("o", "l", "[]")).hasMessage("expected an object, got []");
        assertThatThrownBy(() -> Timer.fromJson("o", "l", "{\"repeat\":0}"))
                .hasMessageContaining("must be set")
                .hasMessageContaining("{\"repeat\":0}");
        assertThatThrownBy(() -> Timer.fromJson("o", "l", "{\"repeat\":")).hasMessageContaining("not JSON");
    }

    @Test
    void systemTimeSource_wakesAtOnceForAPastTime_andCancelStopsAPendingWakeup() throws Exception {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        scheduler.setRemoveOnCancelPolicy(true); // as the runtime sets it
        try {
            Instant fixed = Instant.parse("2026-01-01T00:00:00Z");
            TimeSource time = new SystemTimeSource(Clock.fixed(fixed, ZoneOffset.UTC), scheduler);
            CompletableFuture<Instant> woke = new CompletableFuture<>();
            CompletableFuture<Instant> never = new CompletableFuture<>();

            time.wakeAt(fixed.minusSeconds(5), () -> {
                woke.complete(time.now());
                return woke;
            });
            time.wakeAt(fixed.plus(Duration.ofHours(1)), () -> {
                        never.complete(time.now());
                        return never;
                    })
                    .cancel();

            assertThat(woke.get(10, TimeUnit.SECONDS)).isEqualTo(fixed);
            assertThat(scheduler.getQueue()).isEmpty();
            assertThat(never).isNotDone();
        } finally {
            scheduler.shutdownNow();
        }
    }
}
