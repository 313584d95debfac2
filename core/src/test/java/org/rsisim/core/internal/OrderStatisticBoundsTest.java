package org.rsisim.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * OrderStatisticBounds: the ranks of the distribution-free quantile interval against SciPy, and its coverage by
 * simulation, for independent values and for antithetic pairs.
 */
class OrderStatisticBoundsTest {

    /**
     * The ranks l = 1 + the largest j with binom.cdf(j, n, q) &lt;= 0.025 and u = 1 + the smallest j with
     * binom.cdf(j, n, q) &gt;= 0.975, made with SciPy 1.17.1 ({@code scipy.stats.binom}); (100, 0.5) gives the
     * textbook X(40), X(61).
     */
    @Test
    void ranksMatchTheBinomialTails() {
        assertArrayEquals(new long[] {40, 61}, OrderStatisticBounds.ranks(0.5, 100, 0.95, 0));
        assertArrayEquals(new long[] {4, 18}, OrderStatisticBounds.ranks(0.01, 1000, 0.95, 0));
        assertArrayEquals(new long[] {1880, 1920}, OrderStatisticBounds.ranks(0.95, 2000, 0.95, 0));
        assertArrayEquals(new long[] {6, 15}, OrderStatisticBounds.ranks(0.5, 20, 0.95, 0));
        // too few values below the 1 % level for a lower bound
        assertArrayEquals(new long[] {0, 4}, OrderStatisticBounds.ranks(0.01, 100, 0.95, 0));
        assertArrayEquals(new long[] {0, 1}, OrderStatisticBounds.ranks(0.5, 0, 0.95, 0));
    }

    /**
     * Coverage of the 95 % interval of the median and the 95 % quantile of 200 exponential values, over 4,000
     * samples: at least 0.95 by construction, so the count of misses is binomial with p at most 0.05; failing
     * below 0.94 is a 4.5-sigma event under a correct interval (sd of the coverage 0.0034).
     */
    @Test
    void coverageIsAtLeastTheConfidence() {
        SplittableRandom rng = new SplittableRandom(7);
        int trials = 4000;
        int n = 200;
        double[][] cases = {{0.5, Math.log(2)}, {0.95, -Math.log(0.05)}};
        for (double[] c : cases) {
            long[] r = OrderStatisticBounds.ranks(c[0], n, 0.95, 0);
            int covered = 0;
            double[] xs = new double[n];
            for (int t = 0; t < trials; t++) {
                for (int i = 0; i < n; i++) {
                    xs[i] = -Math.log(1 - rng.nextDouble());
                }
                Arrays.sort(xs);
                if (xs[(int) r[0] - 1] <= c[1] && c[1] <= xs[(int) r[1] - 1]) {
                    covered++;
                }
            }
            double coverage = (double) covered / trials;
            assertTrue(coverage >= 0.94, "level " + c[0] + ": coverage " + coverage);
        }
    }

    /**
     * With antithetic pairs whose runs are perfectly positively dependent (the two runs of a pair equal), the
     * independent-values interval would cover far too rarely; the paired ranks keep the coverage.
     */
    @Test
    void pairedRanksKeepTheirCoverageUnderDependence() {
        SplittableRandom rng = new SplittableRandom(8);
        int trials = 4000;
        int pairs = 100;
        int n = 2 * pairs;
        long[] r = OrderStatisticBounds.ranks(0.5, n, 0.95, pairs);
        long[] naive = OrderStatisticBounds.ranks(0.5, n, 0.95, 0);
        assertTrue(r[0] <= naive[0] && r[1] >= naive[1], "paired ranks are wider: " + Arrays.toString(r));
        int covered = 0;
        int coveredNaive = 0;
        double[] xs = new double[n];
        for (int t = 0; t < trials; t++) {
            for (int i = 0; i < pairs; i++) {
                double x = rng.nextDouble();
                xs[2 * i] = x;
                xs[2 * i + 1] = x;
            }
            Arrays.sort(xs);
            if (xs[(int) r[0] - 1] <= 0.5 && 0.5 <= xs[(int) r[1] - 1]) {
                covered++;
            }
            if (xs[(int) naive[0] - 1] <= 0.5 && 0.5 <= xs[(int) naive[1] - 1]) {
                coveredNaive++;
            }
        }
        assertTrue(covered >= 0.94 * trials, "paired coverage " + covered + " of " + trials);
        // the independent interval is too narrow here (about 83 %), which is why pairs need their own ranks
        assertTrue(coveredNaive < 0.9 * trials, "independent coverage " + coveredNaive + " of " + trials);
    }
}
