package org.rsisim.core.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;

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

    @Test
    void randomAccessEqualsScramblingHipparchusPointsInOrder() {
        // The definition of the class comment, computed the direct way: Hipparchus' points in order, each digit
        // vector multiplied by L and shifted by e, with L and e drawn from Commons RNG's SplitMix64. Exact bits.
        int dim = 7;
        long seed = 0x50B0_15EE_D5A1_7E5DL ^ 2028;
        SobolPoints s = new SobolPoints(dim, seed);
        UniformRandomProvider rng = new SplitMix64(seed);
        long mask = (1L << 52) - 1;
        long[][] rows = new long[dim][52];
        long[] shifts = new long[dim];
        for (int d = 0; d < dim; d++) {
            for (int r = 0; r < 52; r++) {
                long digit = 1L << (51 - r);
                rows[d][r] = digit | (rng.nextLong() & mask & ~((digit << 1) - 1));
            }
            shifts[d] = rng.nextLong() & mask;
        }
        SobolSequenceGenerator h = new SobolSequenceGenerator(dim);
        double[] out = new double[dim];
        for (int i = 0; i < 5000; i++) {
            double[] x = h.nextVector();
            s.point(i, out);
            for (int d = 0; d < dim; d++) {
                long bits = (long) (x[d] * 0x1.0p52);
                long y = 0;
                for (int r = 0; r < 52; r++) {
                    y |= (long) (Long.bitCount(bits & rows[d][r]) & 1) << (51 - r);
                }
                double expected = ((y ^ shifts[d]) + 0.5) / 0x1.0p52;
                assertEquals(expected, out[d], 0.0, "point " + i + " coordinate " + d);
                assertEquals(expected, s.coordinate(i, d), 0.0, "point " + i + " coordinate " + d);
            }
        }
    }

    @Test
    void dimensionOutsideHipparchusRangeIsRefused() {
        for (int bad : new int[] {0, -1, SobolPoints.MAX_DIMENSION + 1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SobolPoints(bad, 1));
            assertTrue(e.getMessage().contains(Integer.toString(bad)), e.getMessage());
        }
        assertEquals(SobolPoints.MAX_DIMENSION, new SobolPoints(SobolPoints.MAX_DIMENSION, 1).dimension());
    }
}
