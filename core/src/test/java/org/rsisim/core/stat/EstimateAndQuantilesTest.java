package org.rsisim.core.stat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

/** Estimate's normal interval and the Quantiles record. */
class EstimateAndQuantilesTest {
    @Test
    void z95IsTheNormalQuantile() {
        // Phi(z) = erfc(-z / sqrt 2) / 2 must be 0.975
        assertEquals(0.975, Erf.erfc(-Estimate.Z95 / Math.sqrt(2)) / 2, 1e-15);
    }

    @Test
    void intervalIsMeanPlusMinusZTimesStandardError() {
        Estimate e = Estimate.ofMean(3.0, 0.5);
        assertEquals(3.0, e.value(), 0.0);
        assertEquals(0.5, e.stderr(), 0.0);
        assertEquals(3.0 - Estimate.Z95 * 0.5, e.lower(), 0.0);
        assertEquals(3.0 + Estimate.Z95 * 0.5, e.upper(), 0.0);
        assertEquals(Estimate.Z95 * 0.5, e.halfWidth(), 1e-15);
        Estimate none = Estimate.ofMean(1.0, Double.NaN);
        assertTrue(Double.isNaN(none.lower()) && Double.isNaN(none.upper()) && Double.isNaN(none.halfWidth()));
    }

    @Test
    void quantilesAreLookedUpByLevelAndCopied() {
        double[] levels = Quantiles.standardLevels();
        assertArrayEquals(new double[] {0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99}, levels);
        assertEquals(Quantiles.COUNT, levels.length);
        double[] values = new double[levels.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = 10 * i;
        }
        Quantiles q = new Quantiles(levels, values);
        assertEquals(40.0, q.at(0.5), 0.0);
        assertEquals(80.0, q.at(0.99), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.at(0.3));
        assertTrue(e.getMessage().contains("0.3"), e.getMessage());
        values[4] = -1;
        levels[4] = 0.3;
        assertEquals(40.0, q.at(0.5), 0.0, "the record keeps its own copies");
        q.values()[4] = -1;
        assertEquals(40.0, q.at(0.5), 0.0, "the accessor returns a copy");
        assertEquals(new Quantiles(Quantiles.standardLevels(), q.values()), q);
        assertEquals(new Quantiles(Quantiles.standardLevels(), q.values()).hashCode(), q.hashCode());
        assertNotEquals(new Quantiles(Quantiles.standardLevels(), new double[Quantiles.COUNT]), q);
        assertThrows(IllegalArgumentException.class, () -> new Quantiles(new double[] {0.5}, new double[2]));
    }
}
