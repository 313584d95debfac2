package org.rsisim.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/** Random access into the scrambled Sobol points. */
class SobolPointsTest {

    @Test
    void everyDyadicBlockIsStratified() {
        // A scrambled Sobol net: each block of 2^m points starting at a multiple of 2^m puts exactly one point in
        // each interval [j 2^-m, (j + 1) 2^-m) of every coordinate. Deterministic given the seed.
        SobolPoints s = new SobolPoints(5, 42);
        int m = 10;
        int n = 1 << m;
        for (long start : new long[] {0, n, 7L * n}) {
            for (int d = 0; d < 5; d++) {
                boolean[] hit = new boolean[n];
                for (long i = start; i < start + n; i++) {
                    double x = s.coordinate(i, d);
                    assertTrue(x > 0 && x < 1, "seed 42: coordinate " + x);
                    int cell = (int) (x * n);
                    assertTrue(!hit[cell], "seed 42: block " + start + " coordinate " + d + " cell " + cell + " twice");
                    hit[cell] = true;
                }
            }
        }
    }

    @Test
    void sameStratificationAsHipparchusPointsInEveryPair() {
        // Two-dimensional stratification of the unscrambled net: points i of Hipparchus and of the scrambled
        // sequence fall in elementary boxes [j 2^-4, .) x [k 2^-4, .) that the linear scramble maps one to one, so
        // the count of distinct boxes over the first 256 points is the same (256 for a (0, 8, 2)-net-like pair).
        SobolSequenceGenerator h = new SobolSequenceGenerator(2);
        SobolPoints s = new SobolPoints(2, 3);
        java.util.Set<Integer> hb = new java.util.HashSet<>();
        java.util.Set<Integer> sb = new java.util.HashSet<>();
        for (int i = 0; i < 256; i++) {
            double[] x = h.nextVector();
            hb.add((int) (x[0] * 16) * 16 + (int) (x[1] * 16));
            sb.add((int) (s.coordinate(i, 0) * 16) * 16 + (int) (s.coordinate(i, 1) * 16));
        }
        assertEquals(hb.size(), sb.size(), "seed 3");
    }
}
