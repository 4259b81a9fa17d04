package dev.banter.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three ways of InvocationBenchmark run the same code: they must reject the same lines. */
class InvocationBenchmarkTest {

    @Test
    void w1_rejectsTheSameLines_inTheSandboxAndInBothRawContexts() throws Exception {
        int[] rejected = rejections("w1");

        assertThat(rejected[0]).isPositive().isLessThan(InvocationBenchmark.MESSAGES);
        assertThat(rejected).containsOnly(rejected[0]);
    }

    @Test
    void empty_rejectsNothing() throws Exception {
        assertThat(rejections("empty")).containsOnly(0);
    }

    /** What banter, constrained, plain and banter again rejected, in that order, over one round each. */
    private static int[] rejections(String handler) throws Exception {
        InvocationBenchmark b = new InvocationBenchmark();
        b.handler = handler;
        b.setUp();
        try {
            return new int[] {b.banter(), b.constrained(), b.plain(), b.banter()};
        } finally {
            b.tearDown();
        }
    }
}
