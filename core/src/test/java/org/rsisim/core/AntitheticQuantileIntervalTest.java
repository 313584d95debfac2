package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rsisim.core.stat.EventCdf;
import org.rsisim.core.stat.Quantiles;

/**
 * With antithetic pairs the quantile intervals and the event curve's band follow the pairs, and both keep their
 * coverage where the runs of a pair are dependent.
 *
 * <p>The metric {@code first} of {@link ProductModel} is the first factor {@code 1 + width (2U - 1)}: uniform on
 * {@code [0.9, 1.1]} with width 0.1, so its median is 1. In a pair (U, 1 - U) the two values mirror each other, so
 * the runs are dependent; the paired interval of the median must still cover 1 in at least 95 % of replications. Over
 * 400 replications of 400 runs (seeds 1 to 400) a true coverage of 0.95 gives at least 370 covering with probability
 * 0.996 (binomial tail); the check is 370.
 */
class AntitheticQuantileIntervalTest {

    @Test
    void pairedIntervalsAreWiderAndKeepTheirCoverage() {
        ProductModel model = new ProductModel(3);
        Engine engine = Engine.withThreads(1);
        int covered = 0;
        int replications = 400;
        for (long seed = 1; seed <= replications; seed++) {
            Result paired = engine.run(Experiment.builder(model).runs(400).seed(seed).antithetic(true).build());
            Quantiles q = paired.metric("first").quantiles();
            if (q.lowerAt(0.5) <= 1 && 1 <= q.upperAt(0.5)) {
                covered++;
            }
            if (seed == 1) {
                Result plain = engine.run(Experiment.builder(model).runs(400).seed(seed).build());
                Quantiles p = plain.metric("first").quantiles();
                for (double level : new double[] {0.1, 0.5, 0.9}) {
                    double width = q.upperAt(level) - q.lowerAt(level);
                    double plainWidth = p.upperAt(level) - p.lowerAt(level);
                    assertTrue(width > plainWidth, "level " + level + ": paired " + width + ", plain " + plainWidth);
                }
                EventCdf c = paired.event("crossed").cdf();
                assertEquals(EventCdf.DKW_PAIRS, c.bandKind());
                assertEquals(EventCdf.pairedHalfWidth(400, 200, 0.95), c.bandHalfWidth(), 0.0);
                assertEquals(EventCdf.DKW, plain.event("crossed").cdf().bandKind());
                assertEquals(Math.sqrt(Math.log(40) / 800), plain.event("crossed").cdf().bandHalfWidth(), 1e-15);
            }
        }
        assertTrue(covered >= 370, "the paired interval of the median covered 1 in " + covered + " of "
                + replications);
    }
}
