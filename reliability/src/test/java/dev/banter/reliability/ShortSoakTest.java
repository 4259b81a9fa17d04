package dev.banter.reliability;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The soak in short, in the default build: {@code banter.soak.seconds} (default 60) at {@code banter.soak.rate}. */
class ShortSoakTest {

    @Test
    void shortSoak_noHeapTrend_noThreadOrFileGrowth_noLostTip() throws Exception {
        Soak.runAndCheck(Duration.ofSeconds(Long.getLong("banter.soak.seconds", 60)), Duration.ofSeconds(5));
    }
}
