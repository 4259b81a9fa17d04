package dev.banter.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChainBenchmarkTest {

    @Test
    void endToEndAndDirect_onTheCorpus_rejectAndCountTheSame() throws Exception {
        ChainBenchmark engine = new ChainBenchmark();
        engine.setUp();
        int engineRejects;
        try {
            engineRejects = engine.endToEnd();
        } finally {
            engine.tearDown();
        }
        ChainBenchmark direct = new ChainBenchmark();
        direct.setUp();
        direct.tearDown();
        int directRejects = direct.direct();

        assertThat(engineRejects).isPositive().isEqualTo(directRejects);
        for (Chain chain : new Chain[] {engine.chain(), direct.chain()}) {
            assertThat(chain.counter.total()).isEqualTo(ChainBenchmark.BATCH);
            assertThat(chain.delivered.total()).isEqualTo(ChainBenchmark.BATCH - directRejects);
        }
    }
}
