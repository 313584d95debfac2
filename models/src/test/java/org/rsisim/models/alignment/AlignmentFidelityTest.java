package org.rsisim.models.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class AlignmentFidelityTest {

    @Test
    void essayFigures() {
        assertEquals(0.951206, AlignmentFidelity.afterGenerations(0.999, 50), 1e-6);
        // 0.999^500 = 0.60637894486..., which is 0.606379 to six places and 0.60638 to five
        assertEquals(0.606379, AlignmentFidelity.afterGenerations(0.999, 500), 1e-6);
        assertEquals(0.60638, AlignmentFidelity.afterGenerations(0.999, 500), 5e-6);
        // the first generation below 0.9 is 106
        assertTrue(AlignmentFidelity.afterGenerations(0.999, 105) >= 0.9);
        assertTrue(AlignmentFidelity.afterGenerations(0.999, 106) < 0.9);
    }

    @Test
    void matchesExactPowerForLargeN() {
        double[][] cases = {{0.999, 50}, {0.999, 500}, {0.999, 100_000}, {0.5, 1000}, {1 - 1e-9, 999_999_999},
            {1 - 1e-7, 123_456_789}, {0.99999, 7_000_000}, {0.3, 500}};
        MathContext mc = new MathContext(60);
        for (double[] c : cases) {
            double p = c[0];
            int n = (int) c[1];
            double exact = new BigDecimal(p).pow(n, mc).doubleValue();
            double got = AlignmentFidelity.afterGenerations(p, n);
            assertTrue(exact > Double.MIN_NORMAL, "case must stay a normal double: " + exact);
            assertEquals(exact, got, 1e-9 * exact, "p = " + p + ", n = " + n);
        }
    }

    @Test
    void edges() {
        assertEquals(1, AlignmentFidelity.afterGenerations(0, 0));
        assertEquals(1, AlignmentFidelity.afterGenerations(0.7, 0));
        assertEquals(0, AlignmentFidelity.afterGenerations(0, 3));
        assertEquals(1, AlignmentFidelity.afterGenerations(1, 1e9));
        assertEquals(Math.sqrt(0.81), AlignmentFidelity.afterGenerations(0.81, 0.5), 1e-15);
    }

    @Test
    void badInputNamesArgumentValueAndRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> AlignmentFidelity.afterGenerations(1.5, 3));
        assertEquals("fidelity per generation p = 1.5 is outside [0, 1]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AlignmentFidelity.afterGenerations(Double.NaN, 3));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AlignmentFidelity.afterGenerations(0.9, -1));
        assertEquals("generations n = -1.0 is outside [0, +inf)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AlignmentFidelity.afterGenerations(0.9, Double.POSITIVE_INFINITY));
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AlignmentFidelity.afterGenerations(0.9, Double.NaN));
    }

    @Test
    void evaluationAwarenessLowersDetection() {
        assertEquals(0.8, AlignmentFidelity.effectiveDetection(0.8, 0, 5));
        assertEquals(0.8, AlignmentFidelity.effectiveDetection(0.8, 1.5, 0));
        assertEquals(0.8, AlignmentFidelity.effectiveDetection(0.8, 1.5, -2), "capability below the start");
        assertEquals(0.8 * Math.exp(-1.5 * 2), AlignmentFidelity.effectiveDetection(0.8, 1.5, 2), 1e-16);
        double previous = 1;
        for (double l = 0; l < 10; l += 0.5) {
            double d = AlignmentFidelity.effectiveDetection(1, 0.7, l);
            assertTrue(d <= previous && d >= 0, "monotone in capability at " + l);
            previous = d;
        }
    }

    @Test
    void correction() {
        assertEquals(0.99, AlignmentFidelity.corrected(0.9, 0.9), 1e-15);
        assertEquals(0.9, AlignmentFidelity.corrected(0.9, 0));
        assertEquals(1, AlignmentFidelity.corrected(0.9, 1));
    }
}
