package org.rsisim.core.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Proportion#antitheticPairs}: the pair-based standard error and its Wilson interval, by hand. */
class AntitheticProportionTest {

    @Test
    void standardErrorIsThatOfThePairAverages() {
        // 100 pairs: 46 with one run having the event, 2 with both (independent runs would give about 37.5 and
        // 6.25); 50 successes in 200 runs
        Proportion p = Proportion.antitheticPairs(50, 200, 100, 46, 2);
        assertEquals(0.25, p.p());
        double mean = (2 + 0.5 * 46) / 100;
        double meanSquare = (2 + 0.25 * 46) / 100;
        double variance = (meanSquare - mean * mean) * 100 / 99;
        assertEquals(Math.sqrt(variance / 100), p.stderr(), 1e-15);
        // Wilson's interval with the effective trials p (1 - p) / stderr^2
        Proportion asWilson = Proportion.wilson(50, 200);
        double effective = 0.25 * 0.75 / (p.stderr() * p.stderr());
        double z = Estimate.Z95;
        double centre = (0.25 + z * z / (2 * effective)) / (1 + z * z / effective);
        double half = z / (1 + z * z / effective) * Math.sqrt(0.25 * 0.75 / effective + z * z / (4 * effective
                * effective));
        assertEquals(centre - half, p.lower(), 1e-15);
        assertEquals(centre + half, p.upper(), 1e-15);
        assertTrue(p.upper() - p.lower() < asWilson.upper() - asWilson.lower(),
                "negatively correlated pairs narrow the interval");
    }

    @Test
    void positivelyCorrelatedPairsWidenIt() {
        // every success comes with its twin: 25 pairs with both, none with one
        Proportion p = Proportion.antitheticPairs(50, 200, 100, 0, 25);
        Proportion asWilson = Proportion.wilson(50, 200);
        assertTrue(p.upper() - p.lower() > asWilson.upper() - asWilson.lower());
    }

    @Test
    void degenerateCases() {
        assertEquals(Proportion.wilson(0, 200), Proportion.antitheticPairs(0, 200, 100, 0, 0), "p = 0");
        assertEquals(Proportion.wilson(200, 200), Proportion.antitheticPairs(200, 200, 100, 0, 100), "p = 1");
        assertEquals(Proportion.wilson(1, 3), Proportion.antitheticPairs(1, 3, 1, 1, 0), "fewer than two pairs");
        Proportion exact = Proportion.antitheticPairs(100, 200, 100, 100, 0);
        assertEquals(new Proportion(100, 200, 0.5, 0, 0.5, 0.5), exact, "every pair has exactly one success");
    }

    @Test
    void inconsistentCountsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Proportion.antitheticPairs(10, 200, 101, 0, 0));
        assertEquals("pairs = 101, halves = 0, boths = 0 are inconsistent with 10 successes in 200 trials",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Proportion.antitheticPairs(10, 200, 100, 60, 50));
        assertThrows(IllegalArgumentException.class, () -> Proportion.antitheticPairs(10, 200, 100, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Proportion.antitheticPairs(10, 200, 100, -1, 0));
    }
}
