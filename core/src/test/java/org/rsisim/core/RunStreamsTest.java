package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.rsisim.core.distribution.Distributions;

class RunStreamsTest {

    @Test
    void aRunsNumbersDependOnSeedRunAndComponentOnly() {
        RunStreams a = RunStreams.create(99);
        UniformRandomProvider a1 = a.component(1);
        a.moveTo(12345);
        long expected = a1.nextLong();

        RunStreams b = RunStreams.create(99);
        b.component(7); // another component asked for first
        b.moveTo(3);
        b.component(1).nextLong();
        b.moveTo(12345);
        assertSame(b.component(1), b.component(1));
        assertEquals(expected, b.component(1).nextLong());
        assertNotEquals(expected, b.component(7).nextLong());
    }

    /**
     * Adjacent runs must not be correlated. Over 10^6 runs, the mean of a product of 100 per-generation uniform
     * factors on [0.9, 1.1] is 1 exactly, with variance (1 + 0.01/3)^100 - 1. A 4-standard-error band fails a
     * correct generator with probability 6.3e-5. The lag-1 correlation between the first draws of adjacent runs
     * has standard error 1e-3 under independence; the 4.5e-3 band fails with probability about 7e-6.
     */
    @Test
    void adjacentRunsAreUncorrelated() {
        long seed = 20260504L;
        Result r = Engine.create().run(Experiment.builder(new ProductModel(100)).runs(1_000_000).seed(seed)
                .parameter("width", 0.1).build());
        double variance = Math.pow(1 + 0.01 / 3, 100) - 1;
        double se = Math.sqrt(variance / 1_000_000);
        double mean = r.metric("product").mean().value();
        assertTrue(Math.abs(mean - 1) < 4 * se, "seed " + seed + ": mean " + mean + " differs from 1 by more than 4 se "
                + se);
        assertEquals(se, r.metric("product").mean().stderr(), se * 0.05, "seed " + seed);

        RunStreams streams = RunStreams.create(seed);
        UniformRandomProvider rng = streams.component(ProductModel.FACTORS);
        int n = 1_000_000;
        double sx = 0;
        double sxy = 0;
        double sxx = 0;
        double previous = Double.NaN;
        for (int i = 0; i < n; i++) {
            streams.moveTo(i);
            double x = rng.nextDouble() - 0.5;
            if (i > 0) {
                sxy += previous * x;
            }
            sx += x;
            sxx += x * x;
            previous = x;
        }
        double m = sx / n;
        double correlation = (sxy / (n - 1) - m * m) / (sxx / n - m * m);
        assertTrue(Math.abs(correlation) < 4.5e-3, "seed " + seed + ": lag-1 correlation " + correlation);
    }

    @Test
    void parameterStreamsAreSeparateFromModelStreams() {
        Experiment e = Experiment.builder(new ProductModel(10)).runs(640).seed(5)
                .parameter("threshold", Distributions.uniform(1, 2)).build();
        Experiment fixed = e.toBuilder().parameter("threshold", 1.5).build();
        // the factors, and so the product, do not depend on how the threshold parameter is drawn
        assertEquals(Engine.withThreads(1).run(e).metric("product"),
                Engine.withThreads(1).run(fixed).metric("product"));
    }
}
