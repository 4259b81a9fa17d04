package dev.banter.reliability;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long soak, only with {@code -Psoak}: {@code banter.soak.minutes} (default 30) at {@code banter.soak.rate}
 * messages per second over {@code banter.soak.rooms} rooms, sampled every 30 s.
 */
@Tag("soak")
class SoakTest {

    @Test
    void soak_noHeapTrend_noThreadOrFileGrowth_noLostTip() throws Exception {
        Soak.runAndCheck(Duration.ofMinutes(Long.getLong("banter.soak.minutes", 30)), Duration.ofSeconds(30));
    }
}
